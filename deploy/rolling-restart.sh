#!/usr/bin/env bash
# Restarts the shop's instances one at a time, each only after the one before answers its health
# check, so Nginx always has one serving: after an update (new build in place), or to pick up new
# settings. Stops at the first instance that does not come back, leaving the others as they are.
#   deploy/rolling-restart.sh systemd        # jewel-catalogue@3001, @3002 (deploy/jewel-catalogue@.service)
#   deploy/rolling-restart.sh pm2            # deploy/ecosystem.config.cjs
#   PORTS="3001 3002 3003" deploy/rolling-restart.sh systemd
set -euo pipefail
manager=${1:?usage: rolling-restart.sh systemd|pm2}
ports=${PORTS:-3001 3002}

healthy() { curl -fsS --max-time 5 "http://127.0.0.1:$1/api/health" >/dev/null 2>&1; }

for port in $ports; do
  echo "restarting the instance on port $port"
  case $manager in
    # systemd sends SIGTERM: server.mjs finishes its requests in flight, then exits.
    systemd) systemctl restart "jewel-catalogue@$port" ;;
    pm2) pm2 restart "jewel-catalogue-$port" --update-env ;;
    *) echo "unknown process manager: $manager" >&2; exit 2 ;;
  esac
  # Migrations (on the first instance of a new build) and the first compile take a while.
  for _ in $(seq 1 120); do
    healthy "$port" && break
    sleep 1
  done
  if ! healthy "$port"; then
    echo "port $port is not healthy after 120 s: stopping here; the other instances still serve" >&2
    exit 1
  fi
  echo "port $port is healthy"
done
