import { RedisCacheHandler, sharedCacheOn } from './adapters/cacheRedis.mjs'

/**
 * Next.js's page and data cache. With REDIS_URL set it lives in Redis, shared by every instance
 * (adapters/cacheRedis.mjs; PAGE_CACHE_STORE=memory keeps it per process anyway). Otherwise it is
 * the one below: one server process's, in memory with a size cap, least recently used out first.
 * Next's default writes every rendered page to `.next` on disk with no cap, and any two servers
 * started from one build (the SQLite and PostgreSQL test servers, a demo beside a bench) then read
 * each other's pages. Here a crawler walking every catalogue filter can use at most PAGE_CACHE_MB
 * (default 256) of memory, and a restart starts clean.
 */

const maxBytes = (Number(process.env.PAGE_CACHE_MB) || 256) * 1024 * 1024
// An edit revalidates its tags from an after-change hook, before its transaction commits; a render
// that starts in that gap reads the old data. What is stored this soon after a revalidation is
// served once but not reused, so no page from before the edit outlives it.
const settleMs = 2000

/** @type {Map<string, { value: any, lastModified: number, tags: string[], cacheControl: any, size: number }>} */
const entries = new Map()
/** When each tag was last revalidated. */
const revalidatedAt = new Map()
let bytes = 0

const bufferSize = (buffer) => buffer?.length ?? 0

// Mirrors Next's own estimate (server/lib/incremental-cache/memory-cache.external.js).
const sizeOf = (value) => {
  switch (value.kind) {
    case 'APP_PAGE': {
      let size = (value.html?.length ?? 0) + bufferSize(value.rscData)
      for (const [path, buffer] of value.segmentData ?? []) size += path.length + bufferSize(buffer)
      return size
    }
    case 'APP_ROUTE':
      return bufferSize(value.body)
    case 'FETCH':
      return JSON.stringify(value.data ?? '').length
    default:
      return JSON.stringify(value).length
  }
}

const tagsOf = (value) => {
  const header = value.headers?.['x-next-cache-tags']
  return typeof header === 'string' ? header.split(',') : (value.tags ?? [])
}

const remove = (key) => {
  const entry = entries.get(key)
  if (!entry) return
  bytes -= entry.size
  entries.delete(key)
}

const outdated = (entry, tags) =>
  tags.some((tag) => {
    const at = revalidatedAt.get(tag)
    return at !== undefined && entry.lastModified <= at + settleMs
  })

class MemoryCacheHandler {
  async get(key, ctx) {
    const entry = entries.get(key)
    if (!entry) return null
    if (outdated(entry, [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])) {
      remove(key)
      return null
    }
    // Most recently used goes to the back of the line.
    entries.delete(key)
    entries.set(key, entry)
    return {
      value: entry.value,
      lastModified: entry.lastModified,
      cacheControl: entry.cacheControl,
    }
  }

  async set(key, value, ctx) {
    remove(key)
    if (!value) return
    const size = key.length + sizeOf(value)
    if (size > maxBytes / 8) return
    entries.set(key, {
      value,
      lastModified: Date.now(),
      tags: [...new Set([...tagsOf(value), ...(ctx?.tags ?? [])])],
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      size,
    })
    bytes += size
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  // Every revalidation here expires at once: an edit shows on the very next request.
  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of [tags].flat()) revalidatedAt.set(tag, now)
  }

  resetRequestCache() {}
}

export default sharedCacheOn() ? RedisCacheHandler : MemoryCacheHandler
