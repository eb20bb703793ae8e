import { describe, expect, it } from 'vitest'

import { retryAfterSeconds, throttledMessage, throttleRules } from './throttles'

describe('throttleRules', () => {
  it('allows 5 failed sign-ins per account and client, 20 per client, in 15 minutes', () => {
    expect(throttleRules.loginAccount).toEqual({ points: 5, duration: 900 })
    expect(throttleRules.loginClient).toEqual({ points: 20, duration: 900 })
  })

  it('allows 10 sign-ups, reset emails and contact messages per client an hour', () => {
    for (const rule of ['signup', 'passwordReset', 'contact'] as const)
      expect(throttleRules[rule]).toEqual({ points: 10, duration: 3600 })
  })
})

describe('retryAfterSeconds', () => {
  it('rounds up to whole seconds, never below 1', () => {
    expect(retryAfterSeconds(1_001)).toBe(2)
    expect(retryAfterSeconds(0)).toBe(1)
  })
})

describe('throttledMessage', () => {
  it('says the wait in whole minutes', () => {
    expect(throttledMessage(14 * 60_000 + 1)).toBe('Too many attempts. Try again in 15 minutes.')
    expect(throttledMessage(30_000)).toBe('Too many attempts. Try again in 1 minute.')
  })
})
