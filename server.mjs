/**
 * The production server: `next start`'s work, plus the one thing it cannot tell the app, the TCP
 * peer each request came from. Next fills X-Forwarded-For from the socket only when the client sent
 * none, so a client could name its own address and reset every throttle keyed on it. Here every
 * request carries `x-peer-address` set from the socket (a client's own header of that name is
 * overwritten), and the app believes X-Forwarded-For only from proxies listed in TRUSTED_PROXY.
 *
 * It also gives every request an id (observability.mjs): returned in `X-Request-Id`, carried by the
 * request's log lines and audit entries; counts and times every request for /api/metrics; and in
 * production writes console lines as JSON, like Payload's own.
 *
 * `npm start` runs it: PORT (default 3000) and HOSTNAME (default 0.0.0.0) as for `next start`.
 * The Docker image runs it from the standalone build (scripts/standalone.mjs copies it there).
 */
import fs from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'

import { jsonConsole, measureRequest, requestContext, requestIdFor } from './observability.mjs'
import { markSharedPages, serveOrRecord } from './response-cache.mjs'

const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOSTNAME || '0.0.0.0'
// Tells operations/throttle.ts that x-peer-address comes from this server, not from a client.
process.env.PEER_ADDRESS_HEADER = 'x-peer-address'

// HSTS only when the shop is served over https: on http it would be ignored, and it must never pin
// a development or intranet host to https. Decided here, at run time, since SERVER_URL is.
const hsts = (process.env.SERVER_URL ?? '').startsWith('https://')
  ? 'max-age=63072000; includeSubDomains'
  : null

if (process.env.NODE_ENV === 'production') jsonConsole()

const dir = path.dirname(fileURLToPath(import.meta.url))
// In the standalone build there is no next.config.mjs: the build's finished config is read from
// required-server-files.json, as the standalone server.js next build writes does.
if (!fs.existsSync(path.join(dir, 'next.config.mjs'))) {
  const built = path.join(dir, process.env.NEXT_DIST_DIR || '.next', 'required-server-files.json')
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(
    JSON.parse(fs.readFileSync(built, 'utf8')).config,
  )
}

const app = next({ dev: false, hostname, port, dir })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? ''
  req.headers['x-peer-address'] = peer
  // Overwritten like x-peer-address: what the app reads is always the id chosen here.
  const requestId = requestIdFor(req.headers['x-request-id'], peer)
  req.headers['x-request-id'] = requestId
  res.setHeader('X-Request-Id', requestId)
  measureRequest(req, res)
  if (hsts) res.setHeader('Strict-Transport-Security', hsts)
  markSharedPages(res)
  if (serveOrRecord(req, res)) return
  requestContext.run({ requestId }, () => handle(req, res))
}).listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname}:${port}`)
  // PM2's wait_ready (deploy/ecosystem.config.cjs): restart the next instance only once this serves.
  process.send?.('ready')
})

// Stopped by systemd, Docker or PM2 (SIGTERM): take no new connections, let the requests in flight
// finish, then exit, so a rolling restart behind Nginx cuts no order off. Whatever is still open
// after SHUTDOWN_GRACE_MS (a notification stream, say; the browser reconnects) is dropped.
const shutDown = (signal) => {
  console.log(`${signal}: finishing the requests in flight, then stopping`)
  setTimeout(() => process.exit(0), Number(process.env.SHUTDOWN_GRACE_MS) || 10_000).unref()
  server.close(() => app.close().finally(() => process.exit(0)))
  // A kept-alive connection goes as soon as its last response is sent, not at its idle timeout.
  setInterval(() => server.closeIdleConnections(), 250).unref()
}
process.once('SIGTERM', shutDown)
process.once('SIGINT', shutDown)
