import { describe, expect, inject, it } from 'vitest'

import { gstOn } from '@/lib/gst'

import { api, gql, tokenFor } from '../helpers/http'
import type { PersonKey } from '../helpers/people'
import { placeOrder, staffView, transition } from '../helpers/orders'

const fixtures = inject('fixtures')
const [p0, p1] = fixtures.products

/** POST /api/orders/:id/edit as `who` (a guest without a token). */
const edit = async (who: PersonKey | null, id: string | number, body: Record<string, unknown>) =>
  api(`/api/orders/${id}/edit`, { token: who ? await tokenFor(who) : null, body })

/** The lines of the helper's order (p0 × 2 in size 14 with a note, p1 × 1), with one change. */
const lines = (first: Record<string, unknown> = {}) => [
  { quantity: 2, size: '14', notes: 'Engrave "A"', ...first },
  { quantity: 1 },
]

describe('orders: the buyer changes an order still placed', () => {
  it.each(['customer1', 'vendor1'] as const)(
    'lets %s change a quantity, size and notes, and writes it on the timeline',
    async (who) => {
      const order = await placeOrder(who)
      const res = await edit(who, order.id, {
        items: lines({ quantity: 3, size: '16', notes: 'Matte finish' }),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const after = await staffView(order.id)
      expect(after.items[0]).toMatchObject({ quantity: 3, size: '16', notes: 'Matte finish' })
      expect(after.items[0].priceAtOrder).toBe(p0.price)
      const entry = after.history.at(-1)
      expect(entry).toMatchObject({
        action: 'edit',
        from: 'ordered',
        to: 'ordered',
        noteVisibility: 'buyer',
        actorRole: who === 'vendor1' ? 'vendor' : 'customer',
      })
      expect(entry.note).toContain(`${p0.name}: quantity from 2 to 3`)
      expect(entry.note).toContain('size from 14 to 16')
      // The buyer reads the change on their own order.
      const mine = await api(`/api/orders/${order.id}`, { token: await tokenFor(who) })
      expect(mine.body.history.at(-1).note).toBe(entry.note)
    },
  )

  it('recomputes the amounts from the prices and GST rate fixed at placement', async () => {
    const order = await placeOrder('vendor2')
    expect((await edit('vendor2', order.id, { items: lines({ quantity: 5 }) })).status).toBe(200)
    const after = await staffView(order.id)
    const subtotal = p0.price * 5 + p1.price
    expect(after).toMatchObject({
      subtotalAmount: subtotal,
      gstRate: order.gstRate,
      gstAmount: gstOn(subtotal, order.gstRate),
      totalAmount: subtotal + gstOn(subtotal, order.gstRate),
    })
  })

  it('changes the delivery details, keeping the phone when none is sent', async () => {
    const order = await placeOrder('customer2')
    const res = await edit('customer2', order.id, {
      customerSnapshot: {
        recipientName: 'Asha Verma',
        address: '4 Park Street, Kolkata',
        pincode: '700016',
      },
      instructions: 'Ring the bell twice',
    })
    expect(res.status).toBe(200)
    const after = await staffView(order.id)
    expect(after.customerSnapshot).toMatchObject({
      recipientName: 'Asha Verma',
      address: '4 Park Street, Kolkata',
      pincode: '700016',
      phone: '+919876543210',
      email: 'customer2@test.example',
    })
    expect(after.instructions).toBe('Ring the bell twice')
    expect(after.history.at(-1).note).toContain('delivery address to 4 Park Street, Kolkata')
  })

  it('answers a repeat with nothing changed and no new timeline entry', async () => {
    const order = await placeOrder('customer1')
    const res = await edit('customer1', order.id, { items: lines() })
    expect(res.status).toBe(200)
    expect((await staffView(order.id)).history).toHaveLength(1)
  })

  it.each([
    [{ items: lines({ quantity: 0 }) }, 'items.0.quantity'],
    [{ items: lines({ quantity: 101 }) }, 'items.0.quantity'],
    [{ items: lines({ quantity: 'two' }) }, 'items.0.quantity'],
    [{ items: lines({ size: '99' }) }, 'items.0.size'],
    [{ items: [lines()[0], { quantity: 1, size: '14' }] }, 'items.1.size'],
    [{ items: [{ quantity: 1 }] }, 'items'],
    [{ items: lines({ notes: 'x'.repeat(501) }) }, 'items.0.notes'],
    [{ customerSnapshot: { address: 'Jaipur' } }, 'customerSnapshot.address'],
    [
      { customerSnapshot: { address: '12 MG Road, Jaipur', pincode: '12' } },
      'customerSnapshot.pincode',
    ],
    [
      { customerSnapshot: { address: '12 MG Road, Jaipur', phone: '123' } },
      'customerSnapshot.phone',
    ],
    [{ instructions: 'x'.repeat(1001) }, 'instructions'],
  ])('refuses %j with a 400 naming %s, and changes nothing', async (body, field) => {
    const order = await placeOrder('customer1')
    const before = await staffView(order.id)
    const res = await edit('customer1', order.id, body)
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.errors[0].field).toBe(field)
    expect(res.body.errors[0].message).toBeTruthy()
    const after = await staffView(order.id)
    expect(after.items).toEqual(before.items)
    expect(after.customerSnapshot).toEqual(before.customerSnapshot)
    expect(after.history).toHaveLength(1)
  })

  it('refuses with 409 once the order is accepted, and changes nothing', async () => {
    const order = await placeOrder('customer1')
    expect((await transition('staff1', order.id, { action: 'accept' })).status).toBe(200)
    const res = await edit('customer1', order.id, { items: lines({ quantity: 4 }) })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/accepted.*no longer be changed/)
    expect((await staffView(order.id)).items[0].quantity).toBe(2)
  })

  it('refuses with 409 once the buyer has cancelled it', async () => {
    const order = await placeOrder('vendor1')
    expect((await transition('vendor1', order.id, { action: 'cancel' })).status).toBe(200)
    expect((await edit('vendor1', order.id, { instructions: 'Too late' })).status).toBe(409)
  })
})

describe('orders: nobody else changes a buyer’s order', () => {
  const body = { items: lines({ quantity: 9 }), instructions: 'Not yours' }

  it.each(['customer2', 'vendor1', 'vendor2', 'pendingVendor1', 'pendingVendor2'] as const)(
    'answers %s as if the order did not exist (404)',
    async (who) => {
      const order = await placeOrder('customer1')
      expect((await edit(who, order.id, body)).status).toBe(404)
      expect((await staffView(order.id)).items[0].quantity).toBe(2)
    },
  )

  it.each(['goldsmith1', 'goldsmith2'] as const)('answers %s with 404', async (who) => {
    const order = await placeOrder('vendor2')
    expect((await edit(who, order.id, body)).status).toBe(404)
  })

  it.each(['staff1', 'staff2', 'admin1', 'admin2'] as const)(
    'refuses %s, who can read it, with 403',
    async (who) => {
      const order = await placeOrder('customer2')
      const res = await edit(who, order.id, body)
      expect(res.status).toBe(403)
      expect((await staffView(order.id)).items[0].quantity).toBe(2)
    },
  )

  it('asks a guest to sign in (401)', async () => {
    const order = await placeOrder('customer1')
    expect((await edit(null, order.id, body)).status).toBe(401)
  })

  it.each(['customer1', 'customer2'] as const)(
    'does not let %s change line quantities or delivery through GraphQL',
    async (who) => {
      const order = await placeOrder(who)
      const res = await gql(
        `mutation { updateOrder(id: ${order.id}, data: { instructions: "By GraphQL", customerSnapshot: { address: "1 Elsewhere Road, Pune" } }) { id } }`,
        await tokenFor(who),
      )
      expect(res.errors?.length).toBeGreaterThan(0)
      const after = await staffView(order.id)
      expect(after.instructions).not.toBe('By GraphQL')
      expect(after.customerSnapshot.address).not.toContain('Elsewhere')
    },
  )
})
