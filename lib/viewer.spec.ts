import { describe, expect, it } from 'vitest'

import { cartOwnerOf, seesTradePrices, viewerSummary } from './viewer'

describe('viewerSummary', () => {
  it('names a vendor by the business and gives only the header fields', () => {
    const summary = viewerSummary({
      collection: 'vendors',
      id: 7,
      email: 'shop@example.com',
      businessName: 'Mehta Jewellers',
      name: 'Ravi',
      status: 'approved',
      phone: '+919800000000',
    } as never)
    expect(summary).toEqual({
      collection: 'vendors',
      id: 7,
      name: 'Mehta Jewellers',
      email: 'shop@example.com',
      vendorStatus: 'approved',
    })
  })

  it('falls back to the email when a person has no name', () => {
    expect(viewerSummary({ collection: 'customers', id: 'a1', email: 'p@x.in' }).name).toBe(
      'p@x.in',
    )
  })
})

describe('seesTradePrices', () => {
  const vendor = (vendorStatus: string) =>
    ({ collection: 'vendors', id: 1, name: 'V', email: 'v@x.in', vendorStatus }) as const

  it('opens prices to staff and approved vendors only', () => {
    expect(seesTradePrices({ collection: 'users', id: 1, name: 'S', email: 's@x.in' })).toBe(true)
    expect(seesTradePrices(vendor('approved'))).toBe(true)
    for (const status of ['pending', 'rejected', 'disabled'])
      expect(seesTradePrices(vendor(status))).toBe(false)
    expect(seesTradePrices({ collection: 'customers', id: 1, name: 'C', email: 'c@x.in' })).toBe(
      false,
    )
    expect(seesTradePrices(null)).toBe(false)
  })
})

describe('cartOwnerOf', () => {
  it('keys a cart by account kind and id, or the guest', () => {
    expect(cartOwnerOf({ collection: 'customers', id: 12, name: 'C', email: 'c@x.in' })).toBe(
      'customers:12',
    )
    expect(cartOwnerOf(null)).toBe('guest')
  })
})
