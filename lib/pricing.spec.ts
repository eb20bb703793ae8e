import { describe, expect, it } from 'vitest'

import { orderTotal } from './pricing'

describe('orderTotal', () => {
  it('multiplies each unit price by its quantity', () => {
    expect(
      orderTotal([
        { priceAtOrder: 1000, quantity: 2 },
        { priceAtOrder: 550, quantity: 1 },
      ]),
    ).toBe(2550)
  })

  it('rounds to whole rupees once, at the end', () => {
    expect(
      orderTotal([
        { priceAtOrder: 0.4, quantity: 1 },
        { priceAtOrder: 0.4, quantity: 1 },
      ]),
    ).toBe(1)
  })

  it('is zero for no items', () => expect(orderTotal([])).toBe(0))
})
