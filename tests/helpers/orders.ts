import { inject } from 'vitest'

import { api, tokenFor } from './http'
import type { PersonKey } from './people'

/** A valid placement body for the fixture catalogue. */
export const orderBody = (overrides: Record<string, unknown> = {}) => {
  const { products } = inject('fixtures')
  return {
    items: [
      { product: products[0].id, quantity: 2, size: '14', notes: 'Engrave "A"' },
      { product: products[1].id, quantity: 1 },
    ],
    customerSnapshot: {
      phone: '98765 43210',
      address: '12 MG Road, Jaipur, Rajasthan',
      pincode: '302001',
    },
    instructions: 'Gift wrap, please',
    ...overrides,
  }
}

/** Places an order over REST as `who` and returns the created order (as that person sees it). */
export const placeOrder = async (who: PersonKey, overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/orders', { token: await tokenFor(who), body: orderBody(overrides) })
  if (res.status !== 201)
    throw new Error(`place order as ${who}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc
}

/** POST /api/orders/:id/transition as `who`. */
export const transition = async (
  who: PersonKey,
  id: string | number,
  body: Record<string, unknown>,
) => api(`/api/orders/${id}/transition`, { token: await tokenFor(who), body })

/** Reads an order with full visibility (staff), to check what a refused move left behind. */
export const staffView = async (id: string | number) =>
  (await api(`/api/orders/${id}?depth=0`, { token: await tokenFor('admin1') })).body
