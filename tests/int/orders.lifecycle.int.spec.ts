import { beforeAll, describe, expect, inject, it } from 'vitest'

import { defaultGstRate } from '@/lib/gst'
import { businessDayKey } from '@/lib/orderId'
import { orderAmounts } from '@/lib/pricing'

import { api, tokenFor } from '../helpers/http'
import { huidsFor } from '../helpers/huids'
import { orderBody, placeOrder, staffView, transition } from '../helpers/orders'

const fixtures = inject('fixtures')
const [p0, p1] = fixtures.products

describe('orders: placement', () => {
  it('gives a customer an order with a DDMMYY id for today in India', async () => {
    const before = businessDayKey(new Date(), 'Asia/Kolkata')
    const order = await placeOrder('customer1')
    const after = businessDayKey(new Date(), 'Asia/Kolkata')
    expect(order.orderId).toMatch(/^\d{8,}$/)
    expect([before, after]).toContain(order.orderId.slice(0, 6))
    expect(order.status).toBe('ordered')
  })

  it('fills the snapshot from the account and the catalogue, ignoring what the client claims', async () => {
    const res = await api('/api/orders', {
      token: await tokenFor('vendor1'),
      body: orderBody({
        status: 'delivered',
        orderId: '01010199',
        totalAmount: 1,
        placedBy: { relationTo: 'customers', value: fixtures.ids.customer2 },
        history: [],
        assignedGoldsmith: fixtures.ids.goldsmith1,
        items: [
          {
            product: p0.id,
            quantity: 2,
            size: '14',
            priceAtOrder: 1,
            productSnapshot: { name: 'Fake' },
          },
        ],
        customerSnapshot: {
          name: 'Someone Else',
          email: 'x@evil.example',
          phone: '9876543210',
          address: '1 Fake Street, Delhi',
        },
      }),
    })
    expect(res.status).toBe(201)
    const order = await staffView(res.body.doc.id)
    expect(order.status).toBe('ordered')
    expect(order.orderId).not.toBe('01010199')
    expect(order.placedBy).toEqual({ relationTo: 'vendors', value: fixtures.ids.vendor1 })
    expect(order.customerSnapshot.name).toBe('vendor1 Jewellers')
    expect(order.customerSnapshot.email).toBe('vendor1@test.example')
    expect(order.assignedGoldsmith ?? null).toBeNull()
    expect(order.items[0].priceAtOrder).toBe(p0.price)
    expect(order.items[0].productSnapshot.name).toBe(p0.name)
    expect(order.totalAmount).toBe(
      orderAmounts([{ priceAtOrder: p0.price, quantity: 2 }], defaultGstRate).total,
    )
    expect(order.history).toHaveLength(1)
  })

  it('shows an approved vendor the prices, subtotal, GST and total of its own order', async () => {
    const order = await placeOrder('vendor2')
    const subtotal = p0.price * 2 + p1.price
    const expected = orderAmounts(
      [
        { priceAtOrder: p0.price, quantity: 2 },
        { priceAtOrder: p1.price, quantity: 1 },
      ],
      defaultGstRate,
    )
    expect(expected.gst).toBeGreaterThan(0)
    expect(order).toMatchObject({
      subtotalAmount: subtotal,
      gstRate: defaultGstRate,
      gstAmount: expected.gst,
      totalAmount: subtotal + expected.gst,
    })
    expect(order.items.map((i: { priceAtOrder: number }) => i.priceAtOrder)).toEqual([
      p0.price,
      p1.price,
    ])
  })

  it('hides prices and totals from the customer who placed the order', async () => {
    const order = await placeOrder('customer2')
    for (const amount of [
      'subtotalAmount',
      'gstRate',
      'gstAmount',
      'totalAmount',
      'rateTerms',
      'repricing',
    ])
      expect(order).not.toHaveProperty(amount)
    for (const item of order.items) {
      for (const field of [
        'priceAtOrder',
        'wastageAtOrder',
        'makingChargesAtOrder',
        'metalRateAtOrder',
        'rateContract',
      ])
        expect(item).not.toHaveProperty(field)
    }
    expect(order.items[0].productSnapshot.name).toBe(p0.name)
  })

  it('asks a guest to sign in (401)', async () => {
    const res = await api('/api/orders', { body: orderBody() })
    expect(res.status).toBe(401)
  })

  it.each(['pendingVendor1', 'pendingVendor2'] as const)(
    'tells %s why it cannot order yet (403)',
    async (who) => {
      const res = await api('/api/orders', { token: await tokenFor(who), body: orderBody() })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toMatch(/awaiting approval/)
    },
  )

  it.each(['goldsmith1', 'goldsmith2'] as const)('refuses an order from %s (403)', async (who) => {
    const res = await api('/api/orders', { token: await tokenFor(who), body: orderBody() })
    expect(res.status).toBe(403)
  })

  it('names the field and writes nothing for bad input', async () => {
    const token = await tokenFor('customer1')
    // Every attempt carries this tag in its instructions, so the count cannot see the orders other
    // test files place as customer1 at the same time.
    const tag = `bad-input-${Date.now()}`
    const count = async () =>
      (
        await api(`/api/orders?limit=0&where[instructions][like]=${tag}`, {
          token: await tokenFor('admin1'),
        })
      ).body.totalDocs
    const cases: [Record<string, unknown>, string][] = [
      [{ items: [{ product: p0.id, quantity: 0 }] }, 'items.0.quantity'],
      [{ items: [{ product: p0.id, quantity: 2.5 }] }, 'items.0.quantity'],
      [{ items: [{ product: p0.id, quantity: 10_000 }] }, 'items.0.quantity'],
      [{ items: [] }, 'items'],
      [{ items: [{ product: 999_999, quantity: 1 }] }, 'items.0.product'],
      [{ items: [{ product: fixtures.draftProductId, quantity: 1 }] }, 'items.0.product'],
      [
        { customerSnapshot: { phone: '123', address: '12 MG Road, Jaipur' } },
        'customerSnapshot.phone',
      ],
      [{ customerSnapshot: { phone: '9876543210', address: 'short' } }, 'customerSnapshot.address'],
      [{ customerSnapshot: undefined }, 'customerSnapshot.address'],
      [{ instructions: tag + 'x'.repeat(1001) }, 'instructions'],
    ]
    for (const [overrides, field] of cases) {
      const res = await api('/api/orders', {
        token,
        body: orderBody({ instructions: tag, ...overrides }),
      })
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400)
      expect(JSON.stringify(res.body)).toContain(field)
    }
    expect(await count()).toBe(0)
  })

  it('keeps the order as placed when the product is edited later', async () => {
    // A piece (on a shelf) of this test's own: editing or adding to the shared fixture catalogue
    // would race the files that read it.
    const staff = await tokenFor('staff1')
    const shelf = await api('/api/categories', {
      token: staff,
      body: { name: `Edited Later ${Date.now()}` },
    })
    expect(shelf.status).toBe(201)
    const created = await api('/api/products', {
      token: staff,
      body: {
        name: `Edited Later ${Date.now()}`,
        sku: `EDIT-${Date.now()}`,
        category: shelf.body.doc.id,
        metal: 'gold',
        purity: '22K',
        grossWeight: 5,
        netWeight: 4,
        price: 23_456,
        sizes: [],
        status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const piece = created.body.doc as { id: number; name: string; price: number }
    const order = await placeOrder('vendor1', { items: [{ product: piece.id, quantity: 1 }] })
    const edited = await api(`/api/products/${piece.id}`, {
      method: 'PATCH',
      token: staff,
      body: { name: 'Renamed', price: 1 },
    })
    expect(edited.status).toBe(200)
    const after = await staffView(order.id)
    expect(after.items[0].productSnapshot.name).toBe(piece.name)
    expect(after.items[0].priceAtOrder).toBe(23_456)
    expect(after.subtotalAmount).toBe(23_456)
    expect(after.totalAmount).toBe(orderAmounts([{ priceAtOrder: 23_456, quantity: 1 }], 3).total)
  })

  it('lets staff place an order on a customer’s behalf', async () => {
    const res = await api('/api/orders', {
      token: await tokenFor('staff2'),
      body: orderBody({ placedBy: { relationTo: 'customers', value: fixtures.ids.customer1 } }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.placedBy).toMatchObject({ relationTo: 'customers' })
    const mine = await api(`/api/orders/${res.body.doc.id}`, { token: await tokenFor('customer1') })
    expect(mine.status).toBe(200)
  })

  it('refuses staff ordering for a pending vendor, naming placedBy', async () => {
    const res = await api('/api/orders', {
      token: await tokenFor('staff1'),
      body: orderBody({ placedBy: { relationTo: 'vendors', value: fixtures.ids.pendingVendor1 } }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('placedBy')
  })
})

describe('orders: the full lifecycle over REST', () => {
  let order: { id: number; orderId: string; items: { id: string; quantity: number }[] }
  beforeAll(async () => {
    order = await placeOrder('customer1')
  })

  it('runs ordered → accepted → under_process → completed → dispatched → delivered', async () => {
    const steps: [Parameters<typeof transition>[0], Record<string, unknown>, string, string][] = [
      [
        'staff1',
        { action: 'accept', note: 'Confirmed by phone', noteVisibility: 'buyer' },
        'accepted',
        'acceptedAt',
      ],
      [
        'staff2',
        { action: 'assign', goldsmith: fixtures.ids.goldsmith1 },
        'under_process',
        'assignedAt',
      ],
      [
        'goldsmith1',
        { action: 'complete', note: 'Polished twice', noteVisibility: 'karigar' },
        'completed',
        'completedAt',
      ],
      [
        'admin1',
        {
          action: 'dispatch',
          note: 'Courier AWB 1234',
          noteVisibility: 'buyer',
          huids: huidsFor(order),
        },
        'dispatched',
        'dispatchedAt',
      ],
      ['staff1', { action: 'deliver' }, 'delivered', 'deliveredAt'],
    ]
    for (const [who, body, status, stamp] of steps) {
      const res = await transition(who, order.id, body)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.doc.status).toBe(status)
      const full = await staffView(order.id)
      expect(Date.parse(full[stamp]), JSON.stringify(full).slice(0, 1500)).toBeGreaterThan(
        Date.now() - 60_000,
      )
    }
    const full = await staffView(order.id)
    expect(full.history.map((h: { action: string }) => h.action)).toEqual([
      'place',
      'accept',
      'assign',
      'complete',
      'dispatch',
      'deliver',
    ])
    expect(full.history[3]).toMatchObject({
      from: 'under_process',
      to: 'completed',
      actorRole: 'goldsmith',
    })
    expect(full.history[3].actor).toEqual({
      relationTo: 'goldsmiths',
      value: fixtures.ids.goldsmith1,
    })
  })

  it('shows the buyer the timeline with buyer notes but not the goldsmith’s internal note', async () => {
    const mine = (await api(`/api/orders/${order.id}`, { token: await tokenFor('customer1') })).body
    expect(mine.history.map((h: { to: string }) => h.to)).toEqual([
      'ordered',
      'accepted',
      'under_process',
      'completed',
      'dispatched',
      'delivered',
    ])
    expect(mine.history[1].note).toBe('Confirmed by phone')
    expect(mine.history[3]).not.toHaveProperty('note')
    for (const entry of mine.history) expect(entry).not.toHaveProperty('actor')
  })
})

describe('orders: illegal moves change nothing', () => {
  const refuse = async (
    setup: () => Promise<{ id: number }>,
    who: Parameters<typeof transition>[0],
    body: Record<string, unknown>,
    status: number,
    message: RegExp,
  ) => {
    const order = await setup()
    const before = await staffView(order.id)
    const res = await transition(who, order.id, body)
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    expect(JSON.stringify(res.body)).toMatch(message)
    const after = await staffView(order.id)
    expect(after.status).toBe(before.status)
    expect(after.history).toHaveLength(before.history.length)
    expect(after.updatedAt).toBe(before.updatedAt)
  }
  const placed = () => placeOrder('customer1')
  const accepted = async () => {
    const order = await placed()
    await transition('staff1', order.id, { action: 'accept' })
    return order
  }
  const assignedTo1 = async () => {
    const order = await accepted()
    await transition('staff1', order.id, { action: 'assign', goldsmith: fixtures.ids.goldsmith1 })
    return order
  }

  it('refuses skipping a step (dispatch an ordered order)', () =>
    refuse(placed, 'staff1', { action: 'dispatch' }, 409, /must be 'completed' first/))

  it('refuses a customer accepting an order', () =>
    refuse(placed, 'customer1', { action: 'accept' }, 403, /Only staff/))

  it('refuses a goldsmith completing someone else’s order', () =>
    refuse(assignedTo1, 'goldsmith2', { action: 'complete' }, 404, /not found/))

  it('refuses the placer cancelling after acceptance', () =>
    refuse(
      accepted,
      'customer1',
      { action: 'cancel' },
      409,
      /only 'ordered' orders can be cancelled/,
    ))

  it('refuses another customer cancelling the order', () =>
    refuse(placed, 'customer2', { action: 'cancel' }, 404, /not found/))

  it('refuses staff cancelling a placed order (they reject it instead)', () =>
    refuse(
      placed,
      'staff1',
      { action: 'cancel', reason: 'x' },
      409,
      /'accepted' or 'under_process'/,
    ))

  it('refuses a rejection without a reason, naming the field', () =>
    refuse(placed, 'staff1', { action: 'reject', reason: '  ' }, 400, /"field":"reason"/))

  it('refuses an unknown action', () =>
    refuse(placed, 'staff1', { action: 'teleport' }, 400, /not an order action/))

  it('refuses assigning a disabled goldsmith, naming the field', async () => {
    const admin = await tokenFor('admin1')
    const g = await api('/api/goldsmiths', {
      token: admin,
      body: {
        email: `off-${Date.now()}@test.example`,
        password: 'Test-pass-2026',
        name: 'Off',
        phone: '9123456789',
        active: false,
      },
    })
    await refuse(
      accepted,
      'staff1',
      { action: 'assign', goldsmith: g.body.doc.id },
      400,
      /"field":"goldsmith"/,
    )
  })

  it('refuses assigning without a goldsmith', () =>
    refuse(accepted, 'staff1', { action: 'assign' }, 400, /"field":"goldsmith"/))

  it('answers 404 for an unknown order', async () => {
    const res = await transition('staff1', 987654321, { action: 'accept' })
    expect(res.status).toBe(404)
  })

  it('refuses a guest (401)', async () => {
    const order = await placed()
    const res = await api(`/api/orders/${order.id}/transition`, { body: { action: 'accept' } })
    expect(res.status).toBe(401)
  })

  it('refuses a malformed body, naming the field', async () => {
    const order = await placed()
    const res = await transition('staff1', order.id, { note: 'no action' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('"field":"action"')
  })
})

describe('orders: other moves', () => {
  it('lets the placer cancel while ordered', async () => {
    const order = await placeOrder('customer2')
    const res = await transition('customer2', order.id, {
      action: 'cancel',
      note: 'Changed my mind',
      noteVisibility: 'buyer',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('cancelled')
  })

  it('records a rejection reason that the buyer can read', async () => {
    const order = await placeOrder('vendor1')
    const res = await transition('staff2', order.id, {
      action: 'reject',
      reason: 'Design discontinued',
    })
    expect(res.status).toBe(200)
    const mine = (await api(`/api/orders/${order.id}`, { token: await tokenFor('vendor1') })).body
    expect(mine.status).toBe('rejected')
    expect(mine.history.at(-1).note).toBe('Design discontinued')
  })

  it('re-assigns an order under process to another goldsmith', async () => {
    const order = await placeOrder('customer1')
    await transition('staff1', order.id, { action: 'accept' })
    await transition('staff1', order.id, { action: 'assign', goldsmith: fixtures.ids.goldsmith1 })
    const res = await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: fixtures.ids.goldsmith2,
    })
    expect(res.status).toBe(200)
    expect(
      (await api(`/api/orders/${order.id}`, { token: await tokenFor('goldsmith1') })).status,
    ).toBe(404)
    expect(
      (await api(`/api/orders/${order.id}`, { token: await tokenFor('goldsmith2') })).status,
    ).toBe(200)
  })

  it('lets only one of two simultaneous accepts through', async () => {
    const order = await placeOrder('customer1')
    const results = await Promise.all([
      transition('staff1', order.id, { action: 'accept' }),
      transition('staff2', order.id, { action: 'accept' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect((await staffView(order.id)).history).toHaveLength(2)
  })
})

describe('orders: direct writes are refused or ignored', () => {
  it.each(['staff1', 'admin1'] as const)(
    'ignores %s PATCHing status, orderId, history, goldsmith or prices',
    async (who) => {
      const order = await placeOrder('customer1')
      const before = await staffView(order.id)
      const res = await api(`/api/orders/${order.id}`, {
        method: 'PATCH',
        token: await tokenFor(who),
        body: {
          status: 'delivered',
          orderId: '01010101',
          history: [],
          assignedGoldsmith: fixtures.ids.goldsmith1,
          totalAmount: 1,
          subtotalAmount: 1,
          gstAmount: 0,
          gstRate: 0,
          items: [{ product: p0.id, quantity: 1, priceAtOrder: 1 }],
          instructions: 'Staff may edit this',
        },
      })
      expect(res.status).toBe(200)
      const after = await staffView(order.id)
      expect(after).toMatchObject({
        status: 'ordered',
        orderId: before.orderId,
        totalAmount: before.totalAmount,
        subtotalAmount: before.subtotalAmount,
        gstAmount: before.gstAmount,
        gstRate: before.gstRate,
        instructions: 'Staff may edit this',
      })
      expect(after.assignedGoldsmith ?? null).toBeNull()
      expect(after.history).toEqual(before.history)
      expect(after.items).toEqual(before.items)
    },
  )

  it.each(['customer1', 'vendor1', 'goldsmith1'] as const)(
    'refuses %s PATCHing an order (403)',
    async (who) => {
      const order = await placeOrder(who === 'vendor1' ? 'vendor1' : 'customer1')
      const res = await api(`/api/orders/${order.id}`, {
        method: 'PATCH',
        token: await tokenFor(who),
        body: { status: 'delivered' },
      })
      expect(res.status).toBe(403)
      expect((await staffView(order.id)).status).toBe('ordered')
    },
  )

  it.each(['admin1', 'customer1'] as const)('refuses %s deleting an order', async (who) => {
    const order = await placeOrder('customer1')
    const res = await api(`/api/orders/${order.id}`, {
      method: 'DELETE',
      token: await tokenFor(who),
    })
    expect(res.status).toBe(403)
    expect((await staffView(order.id)).id).toBe(order.id)
  })
})

describe('orders: sizes belong to the product', () => {
  const p0 = () => fixtures.products[0]
  const p1 = () => fixtures.products[1]

  it('gives a product created without sizes its category’s list', async () => {
    const res = await api(`/api/products/${p0().id}`, { token: await tokenFor('staff1') })
    expect(res.body.sizes).toEqual(['12', '14', '16', '18'])
  })

  it('refuses a size the product does not offer with 400 naming items.N.size', async () => {
    const res = await api('/api/orders', {
      token: await tokenFor('customer2'),
      body: orderBody({ items: [{ product: p0().id, quantity: 1, size: '24' }] }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('items.0.size')
    expect(JSON.stringify(res.body)).toContain('comes in 12, 14, 16, 18, not 24')
  })

  it('asks for a size when the product has sizes, and refuses one for a one-size piece', async () => {
    const token = await tokenFor('customer2')
    const missing = await api('/api/orders', {
      token,
      body: orderBody({ items: [{ product: p0().id, quantity: 1 }] }),
    })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('items.0.size')
    const oneSize = await api('/api/orders', {
      token,
      body: orderBody({
        items: [
          { product: p0().id, quantity: 1, size: '12' },
          { product: p1().id, quantity: 1, size: '12' },
        ],
      }),
    })
    expect(oneSize.status).toBe(400)
    expect(JSON.stringify(oneSize.body)).toContain('items.1.size')
  })
})
