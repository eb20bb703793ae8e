/**
 * The storefront's caches shared through Redis (REDIS_URL), so several instances behind a proxy
 * agree: a product edit through one instance is seen by every instance on its next request.
 *
 * - RedisCacheHandler is Next's page and data cache (cache-handler.mjs picks it). Entries are kept
 *   per build (a new build's pages never mix with an old one's during a rolling restart) for at most
 *   PAGE_CACHE_TTL_SECONDS (default a day); when each tag was last revalidated is kept for all
 *   builds in one hash, and an entry made before (or just after, see settleMs) its tags' last
 *   revalidation is not served, exactly as the in-memory handler decides.
 * - watchStorefrontChanges() tells response-cache.mjs (the finished responses each server keeps in
 *   front of Next) when any instance revalidated: a Redis channel, since that cache is per process.
 *
 * Clocks: an entry's age is compared with a revalidation stamped by another instance, so the
 * machines' clocks must agree to well within settleMs (NTP does). If Redis is away, pages are
 * rendered afresh and nothing is cached; an instance that lost its channel drops its responses.
 */
import fs from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { Redis } from 'ioredis'

// Same reason and value as cache-handler.mjs: a render that starts between an edit's revalidation
// and its commit reads the old data, so what is stored this soon after is not reused.
const settleMs = 2000
const ttlSeconds = Number(process.env.PAGE_CACHE_TTL_SECONDS) || 24 * 60 * 60
const maxEntryBytes = ((Number(process.env.PAGE_CACHE_MB) || 256) * 1024 * 1024) / 8
const prefix = process.env.REDIS_PREFIX?.trim() || 'jewel:'
const tagsKey = `${prefix}cache:tags`
const changesChannel = `${prefix}storefront-changed`

/** Shared with response-cache.mjs and hooks/revalidateStorefront.ts, in this same process. */
const changedAtKey = Symbol.for('jewel.storefrontChangedAt')
// Next may load this file more than once; one pair of connections per process.
const connectionsKey = Symbol.for('jewel.cacheRedis')
const connections = (globalThis[connectionsKey] ??= { command: null, subscriber: null })

/** Redis serves the storefront's caches unless PAGE_CACHE_STORE=memory (each server its own). */
export const sharedCacheOn = () =>
  Boolean(process.env.REDIS_URL) && process.env.PAGE_CACHE_STORE?.trim() !== 'memory'

const connect = (role) => {
  const client = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 })
  let reported = false
  client.on('error', (error) => {
    if (!reported) console.error(`Redis (${role}) unreachable (${error.message}); retrying`)
    reported = true
  })
  client.on('ready', () => (reported = false))
  return client
}

const redis = () => (connections.command ??= connect('page cache'))

const markChanged = () => {
  globalThis[changedAtKey] = Math.max(globalThis[changedAtKey] ?? 0, Date.now())
}

/**
 * Listens for revalidations made by any instance and stamps them here, at the time they arrive (this
 * machine's clock, as the response cache compares). A (re)connected channel stamps too: whatever
 * was said while it was down is unknown, so every finished response is dropped.
 */
export const watchStorefrontChanges = () => {
  if (!sharedCacheOn() || connections.subscriber) return
  const subscriber = (connections.subscriber = connect('storefront changes'))
  subscriber.on('ready', () => {
    markChanged()
    subscriber.subscribe(changesChannel).catch(() => {})
  })
  subscriber.on('message', (channel) => {
    if (channel === changesChannel) markChanged()
  })
}

const buildIdOf = (serverDistDir) => {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'development'
  }
}

const tagsOf = (value) => {
  const header = value.headers?.['x-next-cache-tags']
  return typeof header === 'string' ? header.split(',') : (value.tags ?? [])
}

let lastFailure = 0
const quietly = async (work, fallback) => {
  try {
    return await work()
  } catch (error) {
    // One line a minute at most: a Redis outage would otherwise log on every page.
    if (Date.now() - lastFailure > 60_000) console.error(`Page cache: ${error.message}`)
    lastFailure = Date.now()
    return fallback
  }
}

export class RedisCacheHandler {
  constructor(options = {}) {
    this.entryPrefix = `${prefix}cache:${buildIdOf(options.serverDistDir ?? '.next/server')}:`
  }

  async get(key, ctx) {
    return quietly(async () => {
      const stored = await redis().getBuffer(this.entryPrefix + key)
      if (!stored) return null
      const entry = deserialize(stored)
      const tags = [...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]
      const revalidated = tags.length ? await redis().hmget(tagsKey, ...tags) : []
      const outdated = revalidated.some(
        (at) => at !== null && entry.lastModified <= Number(at) + settleMs,
      )
      if (outdated) return null
      return {
        value: entry.value,
        lastModified: entry.lastModified,
        cacheControl: entry.cacheControl,
      }
    }, null)
  }

  async set(key, value, ctx) {
    await quietly(async () => {
      if (!value) return void (await redis().del(this.entryPrefix + key))
      const stored = serialize({
        value,
        lastModified: Date.now(),
        tags: [...new Set([...tagsOf(value), ...(ctx?.tags ?? [])])],
        cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      })
      if (stored.length > maxEntryBytes) return
      await redis().set(this.entryPrefix + key, stored, 'EX', ttlSeconds)
    })
  }

  // Every revalidation expires at once, on every instance: an edit shows on the very next request.
  async revalidateTag(tags) {
    const list = [tags].flat()
    if (!list.length) return
    const now = String(Date.now())
    markChanged()
    await quietly(() =>
      redis()
        .multi()
        .hset(tagsKey, Object.fromEntries(list.map((tag) => [tag, now])))
        .publish(changesChannel, now)
        .exec(),
    )
  }

  resetRequestCache() {}
}
