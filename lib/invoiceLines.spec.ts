import { describe, expect, it } from 'vitest'

import { invoiceTotals, lineBreakdown } from './invoiceLines'

describe('invoiceLines', () => {
  it('prices a fixed line as metal value, with GST to the paisa', () => {
    expect(lineBreakdown({ pricing: 'fixed', price: 61_319, gstRate: 3 }, 2)).toEqual({
      metalValue: 122_638,
      making: 0,
      stones: 0,
      taxable: 122_638,
      gst: 3679.14,
      total: 126_317.14,
    })
  })

  it('rounds the lines once, to the rupee the order charged', () => {
    // The order: subtotal 137,931; GST 3 % = 4,137.93 → 4,138; total 142,069.
    const lines = [
      lineBreakdown({ pricing: 'fixed', price: 61_319, gstRate: 3 }, 2),
      lineBreakdown({ pricing: 'fixed', price: 15_293, gstRate: 3 }, 1),
    ]
    const totals = invoiceTotals(lines, '27AAPFU0939F1ZV', '29AAGCB7383J1Z4')
    expect(totals).toEqual({
      taxable: 137_931,
      gst: 4137.93,
      split: { kind: 'inter', igst: 4137.93 },
      roundOff: 0.07,
      payable: 142_069,
    })
  })

  it('splits GST into CGST and SGST within one state, to the paisa', () => {
    const lines = [lineBreakdown({ pricing: 'fixed', price: 15_293, gstRate: 3 }, 1)]
    expect(invoiceTotals(lines, '27AAPFU0939F1ZV', '27AAGCB7383J1Z4').split).toEqual({
      kind: 'intra',
      cgst: 229.39,
      sgst: 229.4,
    })
  })
})
