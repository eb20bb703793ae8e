#!/usr/bin/env bash
# All tests: pure rules, then integration over a real database and a real Next.js server.
# Set TEST_DATABASE_URL=postgres://user:pass@host:5432/postgres to run them on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx vitest run "$@"
