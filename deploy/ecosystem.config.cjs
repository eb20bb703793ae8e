// PM2 instead of systemd: two instances of the shop on ports 3001 and 3002, behind
// deploy/nginx.conf. Settings come from the same /etc/jewel-catalogue.env (Node's --env-file).
//   pm2 start deploy/ecosystem.config.cjs && pm2 save && pm2 startup
// Restart without downtime, one instance at a time: deploy/rolling-restart.sh pm2
module.exports = {
  apps: [3001, 3002].map((port) => ({
    name: `jewel-catalogue-${port}`,
    cwd: '/srv/jewel-catalogue',
    script: 'server.mjs',
    node_args: '--env-file=/etc/jewel-catalogue.env --no-deprecation',
    // One process per port, Nginx balancing them: not PM2's cluster mode, whose workers would share
    // one port behind PM2's own balancer, where Nginx could not tell a stopped one from a busy one.
    exec_mode: 'fork',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      TRUSTED_PROXY: '127.0.0.1',
    },
    // server.mjs says `ready` once it serves, and on SIGTERM finishes the requests in flight
    // (SHUTDOWN_GRACE_MS, 10 s) before it exits: give it that long before a kill.
    wait_ready: true,
    listen_timeout: 120_000,
    kill_timeout: 15_000,
    max_memory_restart: '1500M',
    restart_delay: 2_000,
  })),
}
