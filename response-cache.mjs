/**
 * Finished responses kept in front of Next, for the requests whose answer is the same for
 * everyone: cached storefront pages (Next marks them `s-maxage`) and the anonymous catalogue API
 * (`GET /api/products…`, `/api/categories…` with no credentials; field access gives anonymous
 * callers no prices). A hit is written straight to the socket, skipping Next's router, proxy and
 * renderer; Next's own page cache still sits behind it.
 *
 * Any storefront change empties it: hooks/revalidateStorefront.ts stamps the time of every edit on
 * `storefrontChangedAt`, and an entry stored before that stamp plus the same settle window as
 * cache-handler.mjs is never served again. A response to a signed-in request is never stored.
 * RESPONSE_CACHE_MB (default 64) caps its memory, least recently used out first; 0 turns it off.
 */

import { watchStorefrontChanges } from './adapters/cacheRedis.mjs'

const maxBytes = (Number(process.env.RESPONSE_CACHE_MB ?? 64) || 0) * 1024 * 1024
const settleMs = 2000
// Belt and braces for what no hook announces (a media file's visibility, say).
const apiMaxAgeMs = 5 * 60 * 1000

/**
 * Shared with hooks/revalidateStorefront.ts, which runs in this process inside Next, and with
 * adapters/cacheRedis.mjs, which stamps it when another instance revalidates (REDIS_URL).
 */
const changedAtKey = Symbol.for('jewel.storefrontChangedAt')
watchStorefrontChanges()
const changedAt = () => globalThis[changedAtKey] ?? 0

/** Headers Next answers differently on (its `Vary`), so part of an entry's name. */
const varyHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'accept-encoding',
]

const publicApi = /^\/api\/(products|categories)(\/|\?|$)/
// Never a shared page: the rest of the API, the admin, and build files (which a browser caches).
const notPages = /^\/(api|admin|_next)(\/|\?|$)/

const signedIn = (req) =>
  Boolean(req.headers.authorization) || /(^|;\s*)[\w-]*-token=/.test(req.headers.cookie ?? '')

/**
 * Next marks a page it caches for everyone `s-maxage=31536000`: a CDN or shared proxy would keep it
 * for a year, out of reach of the revalidation that shows an edit on the next request. Pages are
 * served from this server's caches instead, so anything in between must ask every time; the page
 * is marked `sharedCacheable` for this cache. A page answered from Next's in-memory cache under
 * load can come marked only `public, max-age=0, must-revalidate`, with `x-nextjs-cache: HIT`
 * saying where it came from (the bench's catalogue row found it: none of those was stored).
 */
export const markSharedPages = (res) => {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) => {
    if (name.toLowerCase() !== 'cache-control') return setHeader(name, value)
    const text = String(value)
    if (/private|no-store/.test(text)) res.sharedCacheable = false
    else if (text.includes('s-maxage') || fromPageCache(res, text)) res.sharedCacheable = true
    return setHeader(name, res.sharedCacheable ? 'public, max-age=0, must-revalidate' : value)
  }
}

const fromPageCache = (res, cacheControl) =>
  ['HIT', 'MISS'].includes(String(res.getHeader('x-nextjs-cache'))) &&
  String(cacheControl).startsWith('public')

/** @type {Map<string, { status: number, headers: Record<string, any>, body: Buffer, storedAt: number, api: boolean }>} */
const entries = new Map()
let bytes = 0

const remove = (key) => {
  const entry = entries.get(key)
  if (!entry) return
  bytes -= entry.body.length
  entries.delete(key)
}

const fresh = (entry, now) =>
  entry.storedAt > changedAt() + settleMs && (!entry.api || now - entry.storedAt < apiMaxAgeMs)

const keyOf = (req) => [req.url, ...varyHeaders.map((name) => req.headers[name] ?? '')].join('\n')

/**
 * Answers `req` from the cache and returns true, or returns false and, when the request is one
 * whose answer may be shared, arranges for Next's answer to be stored as it is written.
 */
export const serveOrRecord = (req, res) => {
  if (maxBytes === 0 || req.method !== 'GET') return false
  const api = publicApi.test(req.url)
  if (api ? signedIn(req) : notPages.test(req.url)) return false
  const key = keyOf(req)
  const now = Date.now()
  const entry = entries.get(key)
  if (entry && fresh(entry, now)) {
    entries.delete(key)
    entries.set(key, entry)
    const unchanged = entry.headers.etag && req.headers['if-none-match'] === entry.headers.etag
    res.statusCode = unchanged ? 304 : entry.status
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
    res.setHeader('x-response-cache', 'HIT')
    // Tests and people reading headers see what it is: the page cache's answer, only sooner.
    if (!entry.api) res.setHeader('x-nextjs-cache', 'HIT')
    res.end(unchanged ? undefined : entry.body)
    return true
  }
  if (entry) remove(key)
  record(req, res, key, api, now)
  return false
}

const record = (req, res, key, api, startedAt) => {
  const chunks = []
  let size = 0
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const keep = (chunk, encoding) => {
    if (chunk == null || size > maxBytes / 8) return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
    chunks.push(buffer)
    size += buffer.length
  }
  res.write = (chunk, encoding, callback) => {
    keep(chunk, encoding)
    return write(chunk, encoding, callback)
  }
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk !== 'function') keep(chunk, encoding)
    const result = end(chunk, encoding, callback)
    store(res, key, api, startedAt, Buffer.concat(chunks))
    return result
  }
}

const shareable = (res, api) => {
  if (res.statusCode !== 200 || res.getHeader('set-cookie')) return false
  // Pages: only what Next itself caches for everyone (markSharedPages).
  return api || res.sharedCacheable === true
}

const store = (res, key, api, startedAt, body) => {
  // Something changed while this was being made: it may show the old data.
  if (!shareable(res, api) || startedAt <= changedAt() + settleMs) return
  if (body.length > maxBytes / 8) return
  remove(key)
  const headers = { ...res.getHeaders() }
  delete headers.date
  // Each answer carries its own request's id (server.mjs sets it before a hit is served).
  delete headers['x-request-id']
  entries.set(key, { status: 200, headers, body, storedAt: Date.now(), api })
  bytes += body.length
  for (const oldest of entries.keys()) {
    if (bytes <= maxBytes) break
    remove(oldest)
  }
}
