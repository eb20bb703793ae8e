import { api } from './http'
import { orderBody } from './orders'
import type { PersonKey } from './people'
import { people, testPassword } from './people'

const tokens = new Map<string, Promise<string>>()

/**
 * Like `tokenFor`, but the session is checked to have stuck. Payload stores an account's sessions as
 * one array that each login reads, extends and writes back, so two test files signing the same
 * person in at the same moment can drop one another's session (its token then reads as a guest).
 * This signs in, waits out any login racing it, and signs in again if the session was lost.
 */
export const stableTokenFor = (key: PersonKey): Promise<string> => {
  const cached = tokens.get(key)
  if (cached) return cached
  const person = people[key]
  const promise = (async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await api(`/api/${person.collection}/login`, {
        body: { email: person.email, password: testPassword },
      })
      if (res.status !== 200) throw new Error(`login ${key}: ${res.status}`)
      await new Promise((r) => setTimeout(r, 2500))
      const me = await api(`/api/${person.collection}/me`, { token: res.body.token })
      if (me.body?.user) return res.body.token as string
    }
    throw new Error(`login ${key}: the session never stuck`)
  })()
  tokens.set(key, promise)
  return promise
}

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
