#!/usr/bin/env bash
# All tests, one project after another: pure rules (unit), then REST/GraphQL against a real server
# and database (int), then the storefront in a real browser (e2e). Each server-backed project starts
# its own server on a fresh database. Set TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres
# to run them on PostgreSQL. Extra arguments go to every vitest run (e.g. -t 'orders').
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p .tmp
# Lexical's Node entry points load their real code through a top-level await, and Node 20's loader
# sometimes never settles such a graph: the import of the Payload config then hangs (or exits 13).
# The `production` condition picks Lexical's plain builds. package.json's tsx scripts do the same.
export NODE_OPTIONS="${NODE_OPTIONS:-} --conditions=production"
projects=${TEST_PROJECTS:-unit int e2e}
status=0
for project in $projects; do
  echo "=== vitest: $project"
  rm -f ".tmp/vitest-$project.json"
  npx vitest run --project "$project" --reporter=default --reporter=json \
    --outputFile.json=".tmp/vitest-$project.json" "$@" || status=1
done
node -e '
  const fs = require("fs")
  let passed = 0, failed = 0, skipped = 0
  for (const p of process.argv.slice(1)) {
    const file = `.tmp/vitest-${p}.json`
    if (!fs.existsSync(file)) { failed++; continue }
    const r = JSON.parse(fs.readFileSync(file, "utf8"))
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  // A project that wrote no report (crashed, killed) counts as failed.
  process.exit(failed > 0 ? 1 : 0)
' $projects || status=1
exit $status
