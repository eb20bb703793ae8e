#!/usr/bin/env bash
# One command from a fresh clone to a running system with demo data on the embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ ! -f .env ]; then
  secret=$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")
  # Written, not edited in place: `sed -i` differs between GNU and BSD (macOS).
  sed "s/^PAYLOAD_SECRET=.*/PAYLOAD_SECRET=${secret}/" .env.example >.env
  echo "Wrote .env with a fresh PAYLOAD_SECRET"
fi
mkdir -p data
npm run -s seed
port=${PORT:-3000}
# Media URLs are built from SERVER_URL; on another PORT, .env's localhost:3000 would break every image.
export SERVER_URL="${SERVER_URL:-http://localhost:${port}}"
# Cached storefront data holds media URLs from the last start, which may have been on another port
# (next dev keeps its own under .next/dev since Next.js 16).
rm -rf .next/cache/fetch-cache .next/dev/cache/fetch-cache
echo "Starting on http://localhost:${port} (storefront /, admin /admin)"
exec npx next dev --port "$port"
