#!/usr/bin/env bash
# All tests, one project after another: pure rules (unit, vitest); then the production build users
# run (`next build`, skipped while the build is newer than every source file) serving REST/GraphQL
# to the integration suite (int, vitest) and the storefront and admin to the browser suite (e2e,
# @playwright/test on Debian's Chromium). Each server-backed project starts its own `next start` on
# a fresh database. TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres runs them on
# PostgreSQL; TEST_PROJECTS="unit int" runs a subset. Extra arguments go to every vitest run.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p .tmp
# Lexical's Node entry points load their real code through a top-level await, and Node 20's loader
# sometimes never settles such a graph: the import of the Payload config then hangs (or exits 13).
# The `production` condition picks Lexical's plain builds. package.json's tsx scripts do the same.
export NODE_OPTIONS="${NODE_OPTIONS:-} --conditions=production"
projects=${TEST_PROJECTS:-unit int e2e}
source scripts/lib/build.sh
status=0
# Every server a test starts logs to .tmp/<label>-<pid>.log; the logs written from here on are checked.
run_started=.tmp/test-run-started
touch "$run_started"

for project in $projects; do
  case $project in
    unit | int)
      if [ "$project" = int ]; then ensure_build || { status=1; continue; }; fi
      echo "=== vitest: $project"
      rm -f ".tmp/vitest-$project.json"
      npx vitest run --project "$project" --reporter=default --reporter=json \
        --outputFile.json=".tmp/vitest-$project.json" "$@" || status=1
      ;;
    e2e)
      ensure_build || { status=1; continue; }
      echo "=== playwright: e2e"
      rm -f .tmp/playwright.json
      npx playwright test || status=1
      ;;
    *)
      echo "unknown test project: $project" >&2
      status=1
      ;;
  esac
done

# No password, token, cookie or hidden price in any line the servers logged (scripts/checkLogSecrets.ts).
if [[ " $projects " == *" int "* || " $projects " == *" e2e "* ]]; then
  echo "=== server logs: no secrets"
  mapfile -t logs < <(find .tmp -maxdepth 1 -name '*.log' ! -name 'build*.log' -newer "$run_started")
  npx tsx scripts/checkLogSecrets.ts "${logs[@]}" || status=1
fi

node -e '
  const fs = require("fs")
  let passed = 0, failed = 0, skipped = 0
  for (const p of process.argv.slice(1)) {
    const file = p === "e2e" ? ".tmp/playwright.json" : `.tmp/vitest-${p}.json`
    if (!fs.existsSync(file)) { failed++; continue }
    const r = JSON.parse(fs.readFileSync(file, "utf8"))
    if (p === "e2e") {
      passed += r.stats.expected + r.stats.flaky; failed += r.stats.unexpected; skipped += r.stats.skipped
      const flaky = []
      const walk = (suite) => {
        for (const spec of suite.specs ?? [])
          for (const t of spec.tests ?? []) if (t.status === "flaky") flaky.push(`${spec.file}: ${spec.title}`)
        for (const child of suite.suites ?? []) walk(child)
      }
      for (const suite of r.suites ?? []) walk(suite)
      if (flaky.length) console.log(`\nPassed only on a retry (flaky, fix these):\n  ${flaky.join("\n  ")}`)
    } else {
      passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests
    }
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  // A project that wrote no report (crashed, killed) counts as failed.
  process.exit(failed > 0 ? 1 : 0)
' $projects || status=1
exit $status
