import { Agent, setGlobalDispatcher } from 'undici'

/**
 * Makes this process's `fetch` drop an idle connection after 1 s. The server closes idle
 * keep-alive sockets after 5 s; when a loaded client reuses one at that very moment, the request
 * dies with ECONNRESET. A 4 s margin keeps that race out of the tests.
 */
export const shortenKeepAlive = () =>
  setGlobalDispatcher(new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 }))
