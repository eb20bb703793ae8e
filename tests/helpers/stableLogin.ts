import { api, tokenFor } from './http'
import { orderBody } from './orders'
import type { PersonKey } from './people'

/** The run's session for a test person; kept as its own name for the tests that use it. */
export const stableTokenFor = tokenFor

/** POST /api/orders as `who` (stable session); the created order as that person sees it. */
export const placeOrderAs = async (who: PersonKey, overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/orders', {
    token: await stableTokenFor(who),
    body: orderBody(overrides),
  })
  if (res.status !== 201) throw new Error(`place order as ${who}: ${res.status}`)
  return res.body.doc
}

/** POST /api/orders/:id/transition as `who` (stable session). */
export const transitionAs = async (
  who: PersonKey,
  id: string | number,
  body: Record<string, unknown>,
) => api(`/api/orders/${id}/transition`, { token: await stableTokenFor(who), body })

/** An order as an admin sees it. */
export const adminView = async (id: string | number) =>
  (await api(`/api/orders/${id}?depth=0`, { token: await stableTokenFor('admin1') })).body
