import { describe, expect, it } from 'vitest'

import { newIdempotencyKey, parseIdempotencyKey, scopedIdempotencyKey } from './idempotencyKey'

describe('parseIdempotencyKey', () => {
  it('accepts no key', () => {
    for (const value of [null, undefined, '', '   ']) {
      expect(parseIdempotencyKey(value)).toEqual({ ok: true, key: null })
    }
  })

  it('accepts a UUID and other plain keys, trimmed', () => {
    expect(parseIdempotencyKey(' 0b6f3c1e-6a1f-4f7e-9c1a-2f0d6c8e9b10 ')).toEqual({
      ok: true,
      key: '0b6f3c1e-6a1f-4f7e-9c1a-2f0d6c8e9b10',
    })
    expect(parseIdempotencyKey('checkout:12345678')).toEqual({ ok: true, key: 'checkout:12345678' })
  })

  it('refuses keys that are too short, too long or carry other characters, naming the header', () => {
    for (const value of [
      'short',
      'x'.repeat(101),
      'has space in it',
      'semi;colon123',
      'ключ-ключ',
    ]) {
      const result = parseIdempotencyKey(value)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/^Idempotency-Key must be/)
    }
  })
})

describe('scopedIdempotencyKey', () => {
  it('keeps the same key of two accounts apart', () => {
    expect(scopedIdempotencyKey('customers', 1, 'abcdefgh')).not.toBe(
      scopedIdempotencyKey('vendors', 1, 'abcdefgh'),
    )
    expect(scopedIdempotencyKey('customers', 1, 'abcdefgh')).toBe('customers:1:abcdefgh')
  })
})

describe('newIdempotencyKey', () => {
  it('makes a key the server accepts, different each time', () => {
    const key = newIdempotencyKey()
    expect(parseIdempotencyKey(key)).toEqual({ ok: true, key })
    expect(newIdempotencyKey()).not.toBe(key)
  })
})
