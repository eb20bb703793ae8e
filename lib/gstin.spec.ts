import { describe, it, expect } from 'vitest'

import { gstinCheckDigit, gstinProblem, normalizeGstin } from './gstin'

const checkDigitMessage = 'GSTIN check digit does not match; please re-check the number'

describe('gstinCheckDigit', () => {
  it('matches the published example 27AAPFU0939F1ZV', () => {
    expect(gstinCheckDigit('27AAPFU0939F1Z')).toBe('V')
  })

  it('matches the published example 29AAGCB7383J1Z4', () => {
    expect(gstinCheckDigit('29AAGCB7383J1Z')).toBe('4')
  })

  it('produces 0 when the weighted sum is a multiple of 36', () => {
    // Base found by search; guards the final `% 36` that turns a would-be 36 into 0.
    expect(gstinCheckDigit('27ABCDE1028F1Z')).toBe('0')
  })

  it('accepts a lower-case base', () => {
    expect(gstinCheckDigit('27aapfu0939f1z')).toBe('V')
  })

  it('throws a RangeError for a base that is not 14 characters', () => {
    expect(() => gstinCheckDigit('27AAPFU0939F1')).toThrow(RangeError)
  })

  it('throws a RangeError for a base with punctuation', () => {
    expect(() => gstinCheckDigit('27AAPFU0939F-Z')).toThrow(RangeError)
  })
})

describe('normalizeGstin', () => {
  it('trims and upper-cases', () => {
    expect(normalizeGstin('  27aapfu0939f1zv ')).toBe('27AAPFU0939F1ZV')
  })
})

describe('gstinProblem', () => {
  it('accepts the published example 27AAPFU0939F1ZV', () => {
    expect(gstinProblem('27AAPFU0939F1ZV')).toBeNull()
  })

  it('accepts the published example 29AAGCB7383J1Z4', () => {
    expect(gstinProblem('29AAGCB7383J1Z4')).toBeNull()
  })

  it('accepts a GSTIN built from a base with its computed check digit', () => {
    const base = '33ABCDE1234F2Z'
    expect(gstinProblem(base + gstinCheckDigit(base))).toBeNull()
  })

  it('accepts lower-case input with surrounding spaces', () => {
    expect(gstinProblem(' 27aapfu0939f1zv ')).toBeNull()
  })

  it('accepts the special state codes 97 and 99', () => {
    const bases = ['97ABCDE1234F1Z', '99ABCDE1234F1Z']
    expect(bases.map((b) => gstinProblem(b + gstinCheckDigit(b)))).toEqual([null, null])
  })

  it('accepts state code 38, the highest regular code', () => {
    const base = '38ABCDE1234F1Z'
    expect(gstinProblem(base + gstinCheckDigit(base))).toBeNull()
  })

  it('rejects a GSTIN whose check digit is wrong', () => {
    expect(gstinProblem('27AAPFU0939F1ZW')).toBe(checkDigitMessage)
  })

  it('rejects a GSTIN with two transposed PAN digits', () => {
    expect(gstinProblem('27AAPFU9039F1ZV')).toBe(checkDigitMessage)
  })

  it('rejects state code 00', () => {
    const base = '00ABCDE1234F1Z'
    expect(gstinProblem(base + gstinCheckDigit(base))).toBe(
      'GSTIN state code 00 is not a valid Indian state code',
    )
  })

  it('rejects state code 39', () => {
    const base = '39ABCDE1234F1Z'
    expect(gstinProblem(base + gstinCheckDigit(base))).toMatch(/state code 39/)
  })

  it('rejects a GSTIN without the Z in position 14', () => {
    expect(gstinProblem('27AAPFU0939F1YV')).toMatch(/format is not valid/)
  })

  it('rejects an entity number of 0', () => {
    expect(gstinProblem('27AAPFU0939F0ZV')).toMatch(/format is not valid/)
  })

  it('rejects digits where the PAN letters belong', () => {
    expect(gstinProblem('27123450939F1ZV')).toMatch(/format is not valid/)
  })

  it('rejects a GSTIN that is too short, naming the length', () => {
    expect(gstinProblem('27AAPFU0939F1Z')).toBe('GSTIN must be 15 characters; this one has 14')
  })

  it('rejects an empty value', () => {
    expect(gstinProblem('   ')).toBe('Enter a GSTIN')
  })
})
