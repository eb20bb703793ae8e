import { describe, it, expect } from 'vitest'

import {
  businessDayKey,
  defaultTimeZone,
  formatOrderId,
  isDayKey,
  isValidTimeZone,
  parseOrderId,
} from './orderId'

describe('businessDayKey', () => {
  it('defaults to the Asia/Kolkata time zone', () => {
    expect(defaultTimeZone).toBe('Asia/Kolkata')
  })

  it('keeps the IST day at 23:59:59 IST', () => {
    expect(businessDayKey(new Date('2026-11-26T18:29:59Z'), 'Asia/Kolkata')).toBe('261126')
  })

  it('moves to the next IST day at 00:00:00 IST, while UTC is still on the previous day', () => {
    expect(businessDayKey(new Date('2026-11-26T18:30:00Z'), 'Asia/Kolkata')).toBe('271126')
  })

  it('uses the business zone, not UTC, early in the UTC day', () => {
    expect(businessDayKey(new Date('2026-11-27T02:00:00Z'), 'America/New_York')).toBe('261126')
  })

  it('changes day at New York midnight', () => {
    const keys = ['2026-11-27T04:59:59Z', '2026-11-27T05:00:00Z'].map((iso) =>
      businessDayKey(new Date(iso), 'America/New_York'),
    )
    expect(keys).toEqual(['261126', '271126'])
  })

  it('follows New York daylight saving time in summer', () => {
    expect(businessDayKey(new Date('2026-07-04T03:59:59Z'), 'America/New_York')).toBe('030726')
  })

  it('rolls over the year at IST midnight on 31 December', () => {
    const keys = ['2026-12-31T18:29:59Z', '2026-12-31T18:30:00Z'].map((iso) =>
      businessDayKey(new Date(iso), 'Asia/Kolkata'),
    )
    expect(keys).toEqual(['311226', '010127'])
  })

  it('handles 29 February', () => {
    expect(businessDayKey(new Date('2028-02-29T12:00:00Z'), 'UTC')).toBe('290228')
  })

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => businessDayKey(new Date('2026-11-26T00:00:00Z'), 'Mars/Olympus')).toThrow(
      RangeError,
    )
  })

  it('throws a RangeError for an invalid date', () => {
    expect(() => businessDayKey(new Date('not a date'), 'Asia/Kolkata')).toThrow(RangeError)
  })
})

describe('isDayKey', () => {
  it('accepts a real date', () => {
    expect(isDayKey('241126')).toBe(true)
  })

  it('rejects 31 November', () => {
    expect(isDayKey('311126')).toBe(false)
  })

  it('rejects month 13', () => {
    expect(isDayKey('011326')).toBe(false)
  })

  it('rejects 29 February in a non-leap year', () => {
    expect(isDayKey('290227')).toBe(false)
  })

  it('rejects a key that is not six digits', () => {
    expect(isDayKey('24112')).toBe(false)
  })
})

describe('formatOrderId', () => {
  it('pads the first sequence to two digits', () => {
    expect(formatOrderId('241126', 1)).toBe('24112601')
  })

  it('formats the 99th order with two digits', () => {
    expect(formatOrderId('241126', 99)).toBe('24112699')
  })

  it('formats the 100th order with three digits', () => {
    expect(formatOrderId('241126', 100)).toBe('241126100')
  })

  it('formats the 1000th order with four digits', () => {
    expect(formatOrderId('241126', 1000)).toBe('2411261000')
  })

  it('throws a RangeError for sequence 0', () => {
    expect(() => formatOrderId('241126', 0)).toThrow(RangeError)
  })

  it('throws a RangeError for a negative sequence', () => {
    expect(() => formatOrderId('241126', -3)).toThrow(RangeError)
  })

  it('throws a RangeError for a fractional sequence', () => {
    expect(() => formatOrderId('241126', 2.5)).toThrow(RangeError)
  })

  it('throws a RangeError for a NaN sequence', () => {
    expect(() => formatOrderId('241126', Number.NaN)).toThrow(RangeError)
  })

  it('throws a RangeError for a malformed day key', () => {
    expect(() => formatOrderId('2024-11-26', 1)).toThrow(RangeError)
  })
})

describe('parseOrderId', () => {
  it('parses a two-digit sequence', () => {
    expect(parseOrderId('24112607')).toEqual({ dayKey: '241126', sequence: 7 })
  })

  it('parses the 100th order', () => {
    expect(parseOrderId('241126100')).toEqual({ dayKey: '241126', sequence: 100 })
  })

  it('round-trips with formatOrderId', () => {
    expect(parseOrderId(formatOrderId('010127', 1000))).toEqual({
      dayKey: '010127',
      sequence: 1000,
    })
  })

  it('rejects sequence 00', () => {
    expect(parseOrderId('24112600')).toBeNull()
  })

  it('rejects a zero-padded three-digit sequence', () => {
    expect(parseOrderId('241126001')).toBeNull()
  })

  it('rejects a one-digit sequence', () => {
    expect(parseOrderId('2411261')).toBeNull()
  })

  it('rejects an impossible date', () => {
    expect(parseOrderId('31112601')).toBeNull()
  })

  it('rejects non-digits', () => {
    expect(parseOrderId('ORD-24112601')).toBeNull()
  })
})

describe('isValidTimeZone', () => {
  it('accepts Asia/Kolkata', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true)
  })

  it('accepts UTC', () => {
    expect(isValidTimeZone('UTC')).toBe(true)
  })

  it('rejects an unknown zone name', () => {
    expect(isValidTimeZone('Asia/Mumbai')).toBe(false)
  })

  it('rejects an empty string', () => {
    expect(isValidTimeZone('')).toBe(false)
  })
})
