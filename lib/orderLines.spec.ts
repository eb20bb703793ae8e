import { describe, expect, it } from 'vitest'

import { orderLinesSummary } from './orderLines'

describe('orderLinesSummary', () => {
  it('shows one line of two as "× 2", not as another line', () => {
    expect(orderLinesSummary([{ name: 'Antique Nakshi Kada', quantity: 2 }])).toBe(
      'Antique Nakshi Kada × 2',
    )
  })

  it('counts only further lines as "more"', () => {
    expect(
      orderLinesSummary([
        { name: 'Antique Nakshi Kada', quantity: 2 },
        { name: 'Solitaire Ring', quantity: 3 },
      ]),
    ).toBe('Antique Nakshi Kada × 2 and 1 more')
  })

  it('names a single piece alone, and nothing for no lines', () => {
    expect(orderLinesSummary([{ name: 'Pendant', quantity: 1 }])).toBe('Pendant')
    expect(orderLinesSummary([])).toBe('')
  })
})
