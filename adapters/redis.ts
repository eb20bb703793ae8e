import { Redis } from 'ioredis'

import { redisKeyPrefix } from '@/lib/sharedState'

const clientKey = Symbol.for('jewel.redisClient')
const shared = globalThis as unknown as Record<symbol, Redis | undefined>

/**
 * The process's one connection to REDIS_URL, or null when it is unset. Kept on `globalThis` because
 * the Next bundle and Payload's scripts each hold their own copy of this module. A command waits for
 * the connection while it opens and fails after one retry when Redis is away, so the caller can
 * fall back (the throttles count in the database meanwhile) instead of hanging.
 */
export const redisClient = (): Redis | null => {
  const url = process.env.REDIS_URL
  if (!url) return null
  if (shared[clientKey]) return shared[clientKey]
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
  let reported = false
  client.on('error', (error: Error) => {
    // Reconnection is automatic; one line per outage, not one per retry.
    if (!reported) console.error(`Redis unreachable (${error.message}); retrying`)
    reported = true
  })
  client.on('ready', () => (reported = false))
  shared[clientKey] = client
  return client
}

/** The start of every key this shop writes to Redis. */
export const redisPrefix = (): string => redisKeyPrefix(process.env)
