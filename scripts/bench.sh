#!/usr/bin/env bash
# `npm run bench`: builds if the production build is stale, then scripts/bench.ts. See README.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p .tmp
source scripts/lib/build.sh
ensure_build
export NODE_OPTIONS="--no-deprecation --conditions=production"
exec npx tsx "scripts/${BENCH_SCRIPT:-bench}.ts" "$@"
