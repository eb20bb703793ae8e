import { describe, expect, it } from 'vitest'

import { redisKeyPrefix, throttleStoreKind } from './sharedState'

describe('throttleStoreKind', () => {
  it('counts in the database when nothing is set', () => {
    expect(throttleStoreKind({})).toBe('database')
  })

  it('counts in Redis once REDIS_URL is set', () => {
    expect(throttleStoreKind({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe('redis')
  })

  it('follows THROTTLE_STORE over REDIS_URL', () => {
    expect(throttleStoreKind({ REDIS_URL: 'redis://x', THROTTLE_STORE: 'database' })).toBe(
      'database',
    )
    expect(throttleStoreKind({ REDIS_URL: 'redis://x', THROTTLE_STORE: ' Memory ' })).toBe('memory')
  })

  it('never picks Redis without a URL to reach it', () => {
    expect(throttleStoreKind({ THROTTLE_STORE: 'redis' })).toBe('database')
  })

  it('ignores a store it does not know', () => {
    expect(throttleStoreKind({ THROTTLE_STORE: 'memcached' })).toBe('database')
    expect(throttleStoreKind({ REDIS_URL: 'redis://x', THROTTLE_STORE: 'memcached' })).toBe('redis')
  })
})

describe('redisKeyPrefix', () => {
  it('defaults to jewel: and keeps a chosen one', () => {
    expect(redisKeyPrefix({})).toBe('jewel:')
    expect(redisKeyPrefix({ REDIS_PREFIX: 'shop2:' })).toBe('shop2:')
  })
})
