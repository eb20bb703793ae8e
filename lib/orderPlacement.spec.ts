import { describe, expect, it } from 'vitest'

import { neverPlacesOrders, placementRefusal } from './orderPlacement'

describe('placementRefusal', () => {
  it('asks a guest to sign in with 401', () => {
    expect(placementRefusal(null)).toMatchObject({ status: 401 })
  })

  it.each([
    [{ collection: 'customers' }],
    [{ collection: 'vendors', status: 'approved' }],
    [{ collection: 'users' }],
  ])('lets %o place an order', (account) => {
    expect(placementRefusal(account)).toBeNull()
  })

  it.each([
    ['pending', /awaiting approval/],
    ['rejected', /not approved/],
    ['disabled', /disabled/],
  ])('refuses a %s vendor with 403 and says why', (status, message) => {
    const refusal = placementRefusal({ collection: 'vendors', status })
    expect(refusal?.status).toBe(403)
    expect(refusal?.message).toMatch(message)
  })

  it('refuses a goldsmith', () => {
    expect(placementRefusal({ collection: 'goldsmiths', active: true })?.status).toBe(403)
  })
})

describe('neverPlacesOrders', () => {
  it('offers a goldsmith no cart', () => {
    expect(neverPlacesOrders({ collection: 'goldsmiths', active: true })).toBe(true)
  })

  it.each([
    [null],
    [{ collection: 'customers' }],
    [{ collection: 'users' }],
    [{ collection: 'vendors', status: 'approved' }],
    [{ collection: 'vendors', status: 'pending' }],
  ])('keeps the cart for %o', (account) => {
    expect(neverPlacesOrders(account)).toBe(false)
  })

  it('agrees with placementRefusal: an account offered no cart is refused in every state', () => {
    for (const account of [
      { collection: 'goldsmiths' },
      { collection: 'goldsmiths', active: true },
      { collection: 'goldsmiths', active: false },
    ]) {
      expect(neverPlacesOrders(account)).toBe(true)
      expect(placementRefusal(account)?.status).toBe(403)
    }
  })
})
