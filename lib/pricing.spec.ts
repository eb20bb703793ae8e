import { describe, expect, it } from 'vitest'

import { orderAmounts, orderSubtotal, quotedAmounts, singleGstRate } from './pricing'
import { contractAmounts, contractFor, fixedContract, piecePrice } from './ratePricing'

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

describe('quotedAmounts: the cart’s totals are the placed order’s', () => {
  // Example 13 of lib/ratePricing.spec.ts: ₹29,770 of which making ₹1,950 and stones ₹8,750.
  const piece = piecePrice({
    netWeight: 3.25,
    rate: 5320.5,
    wastagePercent: 10,
    makingBasis: 'per_gram',
    makingRate: 600,
    stoneCharges: 8750,
  })
  const split = { metal: 3, making: 5, stones: 1.5 }
  // What the products API gives a vendor: the price and, for a rate-linked piece, its parts.
  const linked = {
    price: piece.price,
    pricing: 'rate_linked',
    makingCharges: piece.making,
    stoneCharges: piece.stones,
  }

  it('taxes a rate-linked piece’s making and stones at their own rates, as placement does', () => {
    const placed = contractAmounts([
      { contract: contractFor('rate_linked', piece, split), quantity: 3 },
      { contract: fixedContract(12_345, split), quantity: 1 },
    ])
    expect(
      quotedAmounts(
        [
          { piece: linked, quantity: 3 },
          { piece: { price: 12_345, pricing: 'fixed', makingCharges: 900 }, quantity: 1 },
        ],
        split,
      ),
    ).toEqual({ ...placed, gstRate: null })
    expect(placed).toEqual({ subtotal: 101_508, gst: 2768, total: 104_276 })
  })

  it('is the old rule, naming the rate, when every component has one rate', () => {
    const flat = { metal: 3, making: 3, stones: 3 }
    expect(quotedAmounts([{ piece: linked, quantity: 2 }], flat)).toEqual({
      ...orderAmounts([{ priceAtOrder: piece.price, quantity: 2 }], 3),
      gstRate: 3,
    })
  })

  it('names no single rate when the components differ', () => {
    expect(singleGstRate({ metal: 3, making: 3, stones: 3 })).toBe(3)
    expect(singleGstRate({ metal: 3, making: 5, stones: 3 })).toBeNull()
  })
})
