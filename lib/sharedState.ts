/**
 * Where each piece of state that several app instances must share is kept. The database keeps
 * orders, sessions, the job queue and (by default) the throttles; REDIS_URL adds Redis for the
 * throttles and the storefront's page cache (cache-handler.mjs reads the same variables).
 */

/** Where the sign-in and form throttles count. */
export type ThrottleStoreKind = 'database' | 'redis' | 'memory'

const throttleStoreKinds: readonly ThrottleStoreKind[] = ['database', 'redis', 'memory']

type Env = Record<string, string | undefined>

/**
 * THROTTLE_STORE when it names a store (`memory` counts in each process alone: one instance only,
 * or to show what sharing buys), else Redis when REDIS_URL is set, else the database. Redis is
 * never chosen without a URL to reach it.
 */
export const throttleStoreKind = ({ REDIS_URL, THROTTLE_STORE }: Env): ThrottleStoreKind => {
  const named = throttleStoreKinds.find((kind) => kind === THROTTLE_STORE?.trim().toLowerCase())
  if (named && (named !== 'redis' || REDIS_URL)) return named
  return REDIS_URL ? 'redis' : 'database'
}

/** Every Redis key of this shop starts with REDIS_PREFIX (default `jewel:`), so shops can share one. */
export const redisKeyPrefix = ({ REDIS_PREFIX }: Env): string => REDIS_PREFIX?.trim() || 'jewel:'
