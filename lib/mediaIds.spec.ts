import { describe, expect, it } from 'vitest'

import { notYetInOrders } from './mediaIds'

describe('notYetInOrders', () => {
  it('keeps the images not yet flagged as shown in an order', () => {
    expect(
      notYetInOrders([
        { id: 1, inOrders: true },
        { id: 2, inOrders: false },
        { id: 3, inOrders: null },
        { id: 4 },
      ]),
    ).toEqual([2, 3, 4])
  })

  it('keeps bare ids, whose flag is unknown, once each', () => {
    expect(notYetInOrders([5, 5, { id: 1, inOrders: true }])).toEqual([5])
  })
})
