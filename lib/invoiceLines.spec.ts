import { describe, expect, it } from 'vitest'

import { invoiceTotals } from './invoiceLines'
import { lineBreakdownOf } from './pricing'

const fixedLine = (priceAtOrder: number, quantity: number) =>
  lineBreakdownOf({ priceAtOrder, quantity }, 3)

describe('invoiceLines', () => {
  it('prices a line from before rate contracts as metal value, with GST to the paisa', () => {
    expect(fixedLine(61_319, 2)).toEqual({
      metalValue: 122_638,
      making: 0,
      stones: 0,
      roundOff: 0,
      taxable: 122_638,
      gst: 3679.14,
      total: 126_317.14,
    })
  })

  it('shows a contracted line’s parts, each taxed at its own rate', () => {
    const line = lineBreakdownOf(
      {
        quantity: 2,
        priceAtOrder: 40_550,
        rateContract: {
          metalValue: 38_000.4,
          making: 2_000,
          stones: 550,
          price: 40_550,
          gstRates: { metal: 3, making: 5, stones: 3 },
        },
      },
      3,
    )
    // Round-off 40,550 − 40,550.40 = −0.40 a piece, taxed with the metal.
    expect(line).toEqual({
      metalValue: 76_000.8,
      making: 4_000,
      stones: 1_100,
      roundOff: -0.8,
      taxable: 81_100,
      // 3 % of (76,000.80 − 0.80 + 1,100) + 5 % of 4,000 = 2,313 + 200
      gst: 2_513,
      total: 83_613,
    })
  })

  it('rounds the lines once, to the rupee the order charged', () => {
    // The order: subtotal 137,931; GST 3 % = 4,137.93 → 4,138; total 142,069.
    const lines = [fixedLine(61_319, 2), fixedLine(15_293, 1)]
    const totals = invoiceTotals(lines, '27AAPFU0939F1ZV', '29AAGCB7383J1Z4', 142_069)
    expect(totals).toEqual({
      taxable: 137_931,
      gst: 4137.93,
      split: { kind: 'inter', igst: 4137.93 },
      roundOff: 0.07,
      payable: 142_069,
    })
  })

  it('splits GST into CGST and SGST within one state, to the paisa', () => {
    const lines = [fixedLine(15_293, 1)]
    expect(invoiceTotals(lines, '27AAPFU0939F1ZV', '27AAGCB7383J1Z4', 15_752).split).toEqual({
      kind: 'intra',
      cgst: 229.39,
      sgst: 229.4,
    })
  })
})
