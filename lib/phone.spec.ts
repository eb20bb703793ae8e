import { describe, it, expect } from 'vitest'

import { normalizeIndianPhone, phoneProblem } from './phone'

describe('normalizeIndianPhone', () => {
  it('normalizes a bare 10-digit mobile number', () => {
    expect(normalizeIndianPhone('9876543210')).toBe('+919876543210')
  })

  it('accepts a leading trunk zero', () => {
    expect(normalizeIndianPhone('09876543210')).toBe('+919876543210')
  })

  it('accepts +91 with spaces', () => {
    expect(normalizeIndianPhone('+91 98765 43210')).toBe('+919876543210')
  })

  it('accepts +91 with dashes', () => {
    expect(normalizeIndianPhone('+91-98765-43210')).toBe('+919876543210')
  })

  it('accepts 91 without a plus', () => {
    expect(normalizeIndianPhone('91 9876543210')).toBe('+919876543210')
  })

  it('accepts parentheses and surrounding whitespace', () => {
    expect(normalizeIndianPhone('  (+91) (98765) 43210 ')).toBe('+919876543210')
  })

  it('accepts every mobile leading digit from 6 to 9', () => {
    expect(['6', '7', '8', '9'].map((d) => normalizeIndianPhone(`${d}123456789`))).toEqual([
      '+916123456789',
      '+917123456789',
      '+918123456789',
      '+919123456789',
    ])
  })

  it('treats a 10-digit number beginning 91 as the number itself, not a prefix', () => {
    expect(normalizeIndianPhone('9198765432')).toBe('+919198765432')
  })

  it('rejects a number starting with 5', () => {
    expect(normalizeIndianPhone('5876543210')).toBeNull()
  })

  it('rejects a 9-digit number', () => {
    expect(normalizeIndianPhone('987654321')).toBeNull()
  })

  it('rejects an 11-digit number without a trunk zero', () => {
    expect(normalizeIndianPhone('98765432101')).toBeNull()
  })

  it('rejects a foreign country code', () => {
    expect(normalizeIndianPhone('+44 9876543210')).toBeNull()
  })

  it('rejects a plus sign not followed by 91', () => {
    expect(normalizeIndianPhone('+9876543210')).toBeNull()
  })

  it('rejects letters', () => {
    expect(normalizeIndianPhone('98765abcde')).toBeNull()
  })

  it('rejects an empty string', () => {
    expect(normalizeIndianPhone('')).toBeNull()
  })
})

describe('phoneProblem', () => {
  it('returns null for a valid number', () => {
    expect(phoneProblem('+91 98765 43210')).toBeNull()
  })

  it('explains the expected format for an invalid number', () => {
    expect(phoneProblem('12345')).toBe('Enter a 10-digit Indian mobile number, e.g. 98765 43210')
  })
})
