import { describe, expect, it } from 'vitest'

import { mediaInUseProblem, notYetInOrders } from './mediaIds'

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

describe('mediaInUseProblem', () => {
  const unused = { siteSettings: [], products: 0, categories: 0, inOrders: false }

  it('lets an image nothing uses go', () => {
    expect(mediaInUseProblem(unused)).toBeNull()
  })

  it('names every place that shows it, counted', () => {
    expect(mediaInUseProblem({ ...unused, siteSettings: ['the site logo'] })).toBe(
      'This image is used by the site logo; choose another image there first.',
    )
    expect(
      mediaInUseProblem({ ...unused, siteSettings: ['the site logo'], products: 2, categories: 1 }),
    ).toBe(
      'This image is used by the site logo, 2 products and 1 category; choose another image there first.',
    )
    expect(mediaInUseProblem({ ...unused, products: 1, categories: 3 })).toBe(
      'This image is used by 1 product and 3 categories; choose another image there first.',
    )
  })

  it('keeps an image an order shows, whatever else uses it', () => {
    expect(mediaInUseProblem({ ...unused, inOrders: true })).toMatch(/order’s record/)
    expect(mediaInUseProblem({ ...unused, products: 4, inOrders: true })).toMatch(/order’s record/)
  })
})
