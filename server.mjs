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
 */
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

const app = next({ dev: false, hostname, port, dir: path.dirname(fileURLToPath(import.meta.url)) })
const handle = app.getRequestHandler()
await app.prepare()

createServer((req, res) => {
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
})
