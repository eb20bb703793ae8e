import { describe, expect, it } from 'vitest'

import {
  financialYearOf,
  formatInvoiceNumber,
  invoiceCounterName,
  parseInvoiceNumber,
} from './invoiceNumber'

describe('invoiceNumber', () => {
  it('puts April to March in one financial year', () => {
    expect(financialYearOf('2026-04-01')).toBe('2026-27')
    expect(financialYearOf('2026-12-31')).toBe('2026-27')
    expect(financialYearOf('2027-03-31')).toBe('2026-27')
    expect(financialYearOf('2027-04-01')).toBe('2027-28')
    expect(financialYearOf('2099-06-15')).toBe('2099-00')
  })

  it('refuses a day not written YYYY-MM-DD', () => {
    expect(() => financialYearOf('01/04/2026')).toThrow(RangeError)
  })

  it('numbers a series per financial year, padded to four digits and growing past them', () => {
    expect(formatInvoiceNumber('2026-27', 1)).toBe('INV/26-27/0001')
    expect(formatInvoiceNumber('2026-27', 10_000)).toBe('INV/26-27/10000')
    expect(formatInvoiceNumber('2026-27', 10_000).length).toBeLessThanOrEqual(16)
    expect(() => formatInvoiceNumber('2026-27', 0)).toThrow(RangeError)
    expect(invoiceCounterName('2026-27')).toBe('invoice:2026-27')
  })

  it('reads a number back', () => {
    expect(parseInvoiceNumber('INV/26-27/0042')).toEqual({ financialYear: '2026-27', sequence: 42 })
    expect(parseInvoiceNumber('INV/2026/0042')).toBeNull()
  })
})
