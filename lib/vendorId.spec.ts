import { describe, it, expect } from 'vitest'

import { formatVendorId, parseVendorId } from './vendorId'

describe('formatVendorId', () => {
  it('pads to three digits', () => {
    expect(formatVendorId(1)).toBe('VND001')
  })

  it('formats 999 with three digits', () => {
    expect(formatVendorId(999)).toBe('VND999')
  })

  it('grows past three digits at 1000', () => {
    expect(formatVendorId(1000)).toBe('VND1000')
  })

  it('throws a RangeError for 0', () => {
    expect(() => formatVendorId(0)).toThrow(RangeError)
  })

  it('throws a RangeError for a fraction', () => {
    expect(() => formatVendorId(1.5)).toThrow(RangeError)
  })
})

describe('parseVendorId', () => {
  it('parses a padded ID', () => {
    expect(parseVendorId('VND007')).toBe(7)
  })

  it('parses a four-digit ID', () => {
    expect(parseVendorId('VND1000')).toBe(1000)
  })

  it('accepts lower case and surrounding spaces', () => {
    expect(parseVendorId(' vnd042 ')).toBe(42)
  })

  it('rejects VND000', () => {
    expect(parseVendorId('VND000')).toBeNull()
  })

  it('rejects extra zero padding', () => {
    expect(parseVendorId('VND0001')).toBeNull()
  })

  it('rejects fewer than three digits', () => {
    expect(parseVendorId('VND01')).toBeNull()
  })

  it('rejects a different prefix', () => {
    expect(parseVendorId('VEN001')).toBeNull()
  })
})
