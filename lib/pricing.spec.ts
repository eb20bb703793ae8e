import { describe, expect, it } from 'vitest'

import { orderAmounts, orderSubtotal } from './pricing'

describe('orderSubtotal', () => {
  it('multiplies each unit price by its quantity', () => {
    expect(
      orderSubtotal([
        { priceAtOrder: 1000, quantity: 2 },
        { priceAtOrder: 550, quantity: 1 },
      ]),
    ).toBe(2550)
  })

  it('rounds to whole rupees once, at the end', () => {
    expect(
      orderSubtotal([
        { priceAtOrder: 0.4, quantity: 1 },
        { priceAtOrder: 0.4, quantity: 1 },
      ]),
    ).toBe(1)
  })

  it('is zero for no items', () => expect(orderSubtotal([])).toBe(0))
})

describe('orderAmounts', () => {
  it('adds GST on the subtotal, and the total is exactly their sum', () => {
    expect(
      orderAmounts(
        [
          { priceAtOrder: 1_23_456, quantity: 2 },
          { priceAtOrder: 8_250, quantity: 1 },
        ],
        3,
      ),
    ).toEqual({ subtotal: 2_55_162, gstRate: 3, gst: 7_655, total: 2_62_817 })
  })

  it('carries the rate it applied', () =>
    expect(orderAmounts([{ priceAtOrder: 1000, quantity: 1 }], 0)).toEqual({
      subtotal: 1000,
      gstRate: 0,
      gst: 0,
      total: 1000,
    }))
})
