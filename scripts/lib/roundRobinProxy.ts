import http from 'http'
import type { AddressInfo } from 'net'

export type Proxy = { url: string; stop: () => Promise<void>; served: number[] }

/**
 * A small round-robin reverse proxy on loopback in front of several app instances, as Nginx's
 * `upstream` would be: each request goes to the next instance in turn, with the client's address
 * appended to X-Forwarded-For (the instances trust it from loopback: TRUSTED_PROXY=127.0.0.1).
 * `served` counts the requests each instance was given.
 */
export const startRoundRobinProxy = async (targets: string[]): Promise<Proxy> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const served = targets.map(() => 0)
  let next = 0
  const server = http.createServer((req, res) => {
    const index = next++ % targets.length
    served[index]++
    const target = new URL(req.url ?? '/', targets[index])
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
      .filter(Boolean)
      .join(', ')
    const upstream = http.request(
      target,
      {
        method: req.method,
        agent,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
