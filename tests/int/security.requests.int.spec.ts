import { describe, expect, inject, it } from 'vitest'

import { api, baseURL, gql, tokenFor } from '../helpers/http'
import { placeOrder, staffView } from '../helpers/orders'
import { people, testGstins, testPassword } from '../helpers/people'

/** Signs customer2 in with a fresh session; returns its `payload-token` cookie as a browser holds it. */
const sessionCookie = async () => {
  const res = await api('/api/customers/login', {
    body: { email: people.customer2.email, password: testPassword },
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  return cookie!.split(';')[0]
}

/** A cancel sent as a plain HTML form would send it: multipart, no preflight, the cookie attached. */
const formCancel = (id: string | number, headers: Record<string, string>) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ action: 'cancel' }))
  return fetch(`${baseURL()}/api/orders/${id}/transition`, { method: 'POST', body: form, headers })
}

describe('security: forged cross-site requests', () => {
  it('ignores the session cookie on a form posted from another site, and changes nothing', async () => {
    const order = await placeOrder('customer2')
    const cookie = await sessionCookie()
    const res = await formCancel(order.id, { Cookie: cookie, Origin: 'https://evil.example' })
    // Read as a request with no session at all: "sign in first".
    expect(res.status).toBe(401)
    expect((await staffView(order.id)).status).toBe('ordered')
  })

  it('ignores the cookie on a cross-site request that sends no Origin (Sec-Fetch-Site)', async () => {
    const order = await placeOrder('customer2')
    const cookie = await sessionCookie()
    const res = await formCancel(order.id, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })
    expect(res.status).toBe(401)
    expect((await staffView(order.id)).status).toBe('ordered')
  })

  it('accepts the same form from the shop’s own origin', async () => {
    const order = await placeOrder('customer2')
    const cookie = await sessionCookie()
    const res = await formCancel(order.id, { Cookie: cookie, Origin: new URL(baseURL()).origin })
    expect(res.status).toBe(200)
    expect((await staffView(order.id)).status).toBe('cancelled')
  })

  it('reads no session from a cookie sent cross-site to /me', async () => {
    const cookie = await sessionCookie()
    const me = await fetch(`${baseURL()}/api/customers/me`, {
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
  })
})

describe('security: the admin’s edit locks are staff-only', () => {
  // A lock on someone's order in admin1's name: what a customer forged before the fix.
  const lockOn = async (orderId: string | number) => ({
    document: { relationTo: 'orders', value: orderId },
    user: { relationTo: 'users', value: inject('fixtures').ids.admin1 },
  })

  for (const who of ['customer1', 'vendor1', 'goldsmith1'] as const) {
    it(`refuses ${who} creating, listing and deleting edit locks over REST`, async () => {
      const order = await placeOrder('customer2')
      const token = await tokenFor(who)
      const created = await api('/api/payload-locked-documents', {
        token,
        body: await lockOn(order.id),
      })
      expect(created.status).toBe(403)
      const listed = await api('/api/payload-locked-documents', { token })
      expect(listed.status).toBe(403)
      const deleted = await api('/api/payload-locked-documents?where[id][exists]=true', {
        method: 'DELETE',
        token,
      })
      expect(deleted.status).toBe(403)
    })
  }

  it('refuses a customer listing edit locks over GraphQL', async () => {
    const res = await gql('{ PayloadLockedDocuments { docs { id } } }', await tokenFor('customer1'))
    expect(res.errors?.[0]?.message).toBe('You are not allowed to perform this action.')
    expect(res.data?.PayloadLockedDocuments ?? null).toBeNull()
  })

  it('refuses staff creating an edit lock over REST: the admin panel makes them on the server', async () => {
    const order = await placeOrder('customer2')
    const created = await api('/api/payload-locked-documents', {
      token: await tokenFor('staff1'),
      body: await lockOn(order.id),
    })
    expect(created.status).toBe(403)
  })

  it('lets staff read, take over and remove an edit lock, always in their own name', async () => {
    const order = await placeOrder('customer2')
    const created = await api('/api/payload-locked-documents', {
      token: await tokenFor('admin1'),
      body: await lockOn(order.id),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const token = await tokenFor('staff1')
    expect((await api(`/api/payload-locked-documents/${id}`, { token })).status).toBe(200)
    // Taking over in admin2's name still records staff1, the one who asked.
    const forged = await api(`/api/payload-locked-documents/${id}?depth=0`, {
      method: 'PATCH',
      token,
      body: { user: { relationTo: 'users', value: inject('fixtures').ids.admin2 } },
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.user).toEqual({
      relationTo: 'users',
      value: inject('fixtures').ids.staff1,
    })
    expect(
      (await api(`/api/payload-locked-documents/${id}`, { method: 'DELETE', token })).status,
    ).toBe(200)
  })
})

describe('security: errors from the production build', () => {
  it('names a validation error ValidationError and the field, not a minified letter', async () => {
    const res = await api('/api/customers', {
      body: { email: 'not-an-email', password: testPassword, name: 'X', phone: '9876543210' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].name).toBe('ValidationError')
    expect(JSON.stringify(res.body.errors[0].data)).toContain('email')
  })
})

describe('security: an approved vendor’s identity', () => {
  for (const who of ['vendor1', 'vendor2'] as const) {
    it(`refuses ${who} changing its own GSTIN or business name (403, nothing saved)`, async () => {
      const token = await tokenFor(who)
      const id = inject('fixtures').ids[who]
      const before = (await api(`/api/vendors/${id}`, { token })).body
      // Another valid GSTIN: the other test vendor's.
      const otherGstin = testGstins.find((gstin) => gstin !== before.gstNumber)
      for (const change of [{ gstNumber: otherGstin }, { businessName: 'Renamed Gold' }]) {
        const res = await api(`/api/vendors/${id}`, { method: 'PATCH', token, body: change })
        expect(res.status).toBe(403)
        expect(res.body.errors[0].message).toMatch(/can only be changed by our staff/)
      }
      const after = (await api(`/api/vendors/${id}`, { token })).body
      expect([after.gstNumber, after.businessName, after.status]).toEqual([
        before.gstNumber,
        before.businessName,
        'approved',
      ])
      // The rest of its account stays its own to edit (here: sent back as it was).
      const same = await api(`/api/vendors/${id}`, {
        method: 'PATCH',
        token,
        body: { city: before.city, gstNumber: before.gstNumber },
      })
      expect(same.status).toBe(200)
    })
  }

  it('refuses the same change over GraphQL', async () => {
    const id = inject('fixtures').ids.vendor1
    const res = await gql(
      `mutation { updateVendor(id: ${JSON.stringify(id)}, data: { businessName: "Renamed Gold" }) { businessName } }`,
      await tokenFor('vendor1'),
    )
    expect(res.errors?.[0]?.message).toMatch(/can only be changed by our staff/)
  })
})

describe('security: deleting what orders depend on', () => {
  it('answers 409 with the reason when staff delete a product that is on an order, and keeps it', async () => {
    const order = await placeOrder('customer2')
    const productId = order.items[0].product.id ?? order.items[0].product
    const token = await tokenFor('staff1')
    const res = await api(`/api/products/${productId}`, { method: 'DELETE', token })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/is on \d+ orders?, so it cannot be deleted/)
    expect((await api(`/api/products/${productId}`, { token })).status).toBe(200)
  })

  it('refuses the same delete over GraphQL with the reason', async () => {
    const order = await placeOrder('customer2')
    const productId = order.items[0].product.id ?? order.items[0].product
    const res = await gql(
      `mutation { deleteProduct(id: ${productId}) { id } }`,
      await tokenFor('admin1'),
    )
    expect(res.errors?.[0]?.message).toMatch(/cannot be deleted/)
  })
})
