# Sourced by scripts/test.sh, scripts/bench.sh and scripts/lighthouse.sh: the production build in
# $dist is current when it is newer than every source file; ensure_build runs `next build` otherwise.
dist=${TEST_NEXT_DIST_DIR:-.next}

build_is_current() {
  [ -f "$dist/BUILD_ID" ] || return 1
  local newer
  newer=$(find access adapters collections endpoints fields globals hooks jobs lib migrations operations \
    public src payload.config.ts next.config.mjs package-lock.json tsconfig.json \
    -newer "$dist/BUILD_ID" -type f -print -quit 2>/dev/null)
  [ -z "$newer" ]
}

ensure_build() {
  build_is_current && return 0
  echo "=== next build (the production build being measured)"
  NEXT_DIST_DIR=$dist npm run -s build
}
