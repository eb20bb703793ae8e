import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, gql, tokenFor } from '../helpers/http'
import { placeOrder, transition } from '../helpers/orders'

const fixtures = inject('fixtures')
const priceFields = [
  'priceAtOrder',
  'wastageAtOrder',
  'makingChargesAtOrder',
  'metalRateAtOrder',
  'rateContract',
]
const amountFields = [
  'subtotalAmount',
  'gstRate',
  'gstAmount',
  'totalAmount',
  'rateTerms',
  'repricing',
]

/** Orders in every hand: customer1's and vendor1's, both assigned to goldsmith1. */
let customerOrder: { id: number; orderId: string }
let vendorOrder: { id: number; orderId: string }

beforeAll(async () => {
  customerOrder = await placeOrder('customer1')
  // A different total from the customer's, so that an honoured sort on totals would show.
  vendorOrder = await placeOrder('vendor1', {
    items: [{ product: fixtures.products[1].id, quantity: 3 }],
  })
  for (const order of [customerOrder, vendorOrder]) {
    await transition('staff1', order.id, { action: 'accept' })
    await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: fixtures.ids.goldsmith1,
      note: 'Use the 22K stock',
      noteVisibility: 'karigar',
    })
  }
})

const expectNoPlacerOrPrices = (doc: Record<string, any>) => {
  expect(doc).not.toHaveProperty('placedBy')
  expect(doc).not.toHaveProperty('customerSnapshot')
  for (const amount of amountFields) expect(doc).not.toHaveProperty(amount)
  for (const item of doc.items ?? [])
    for (const f of priceFields) expect(item).not.toHaveProperty(f)
  for (const entry of doc.history ?? []) expect(entry).not.toHaveProperty('actor')
}

describe('orders: what the assigned goldsmith sees (REST)', () => {
  it('shows the items, sizes, notes and status, but not who placed it or any price', async () => {
    const res = await api(`/api/orders/${customerOrder.id}`, {
      token: await tokenFor('goldsmith1'),
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('under_process')
    expect(res.body.items[0]).toMatchObject({ quantity: 2, size: '14', notes: 'Engrave "A"' })
    expect(res.body.items[0].productSnapshot.name).toBe(fixtures.products[0].name)
    expect(res.body.history.at(-1).note).toBe('Use the 22K stock')
    expectNoPlacerOrPrices(res.body)
  })

  it.each([0, 1, 2, 3])('reveals nothing more with depth=%i', async (depth) => {
    const res = await api(`/api/orders?depth=${depth}&limit=100`, {
      token: await tokenFor('goldsmith1'),
    })
    expect(res.status).toBe(200)
    for (const doc of res.body.docs) expectNoPlacerOrPrices(doc)
    expect(JSON.stringify(res.body)).not.toContain('customer1@test.example')
    expect(JSON.stringify(res.body)).not.toContain('+919876543210')
  })

  it('reveals nothing when select asks for the placer and prices', async () => {
    const query =
      'select[customerSnapshot]=true&select[placedBy]=true&select[totalAmount]=true&select[items]=true'
    const res = await api(`/api/orders/${vendorOrder.id}?${query}`, {
      token: await tokenFor('goldsmith1'),
    })
    expect(res.status).toBe(200)
    expectNoPlacerOrPrices(res.body)
  })

  it.each([
    ['placer phone', 'where[customerSnapshot.phone][equals]=%2B919876543210'],
    ['placer email', 'where[customerSnapshot.email][like]=customer1'],
    ['placedBy', `where[placedBy.value][equals]=${1}`],
    ['total', 'where[totalAmount][greater_than]=0'],
    ['item price', 'where[items.priceAtOrder][greater_than]=0'],
  ])('refuses a where on the %s', async (_label, query) => {
    const res = await api(`/api/orders?${query}`, { token: await tokenFor('goldsmith1') })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('gives no order information through sorting by total', async () => {
    const token = await tokenFor('goldsmith1')
    const asc = await api('/api/orders?sort=totalAmount&limit=100&depth=0', { token })
    const desc = await api('/api/orders?sort=-totalAmount&limit=100&depth=0', { token })
    if (asc.status === 200 && desc.status === 200) {
      const ids = (r: typeof asc) => r.body.docs.map((d: { id: number }) => d.id)
      // Ignored sorts give the same order both ways; an honoured one would reverse it.
      expect(ids(asc)).toEqual(ids(desc))
    } else {
      expect(asc.status).toBeLessThan(500)
    }
  })

  it('does not let another goldsmith read the order', async () => {
    const token = await tokenFor('goldsmith2')
    expect((await api(`/api/orders/${customerOrder.id}`, { token })).status).toBe(404)
    const list = await api(`/api/orders?where[id][equals]=${customerOrder.id}`, { token })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('orders: what the assigned goldsmith sees (GraphQL)', () => {
  it('returns null for the placer, contact and prices', async () => {
    const res = await gql(
      `{ Orders(limit: 100) { docs { orderId status customerSnapshot { name phone email address } totalAmount
         subtotalAmount gstRate gstAmount rateTerms repricing { difference reason }
         placedBy { relationTo } items { quantity priceAtOrder wastageAtOrder makingChargesAtOrder
           rateContract { price rate } productSnapshot { name } }
         history { action note actor { relationTo } } } } }`,
      await tokenFor('goldsmith1'),
    )
    const docs = res.data?.Orders?.docs ?? []
    expect(docs.map((d: { orderId: string }) => d.orderId)).toEqual(
      expect.arrayContaining([customerOrder.orderId, vendorOrder.orderId]),
    )
    for (const doc of docs) {
      // A hidden group answers with every field null, like customerSnapshot below.
      for (const amount of amountFields)
        expect(doc[amount] === null || Object.values(doc[amount]).every((v) => v === null)).toBe(
          true,
        )
      expect(doc.placedBy).toBeNull()
      expect(
        doc.customerSnapshot === null ||
          Object.values(doc.customerSnapshot).every((v) => v === null),
      ).toBe(true)
      for (const item of doc.items)
        for (const f of ['priceAtOrder', 'wastageAtOrder', 'makingChargesAtOrder'])
          expect(item[f]).toBeNull()
      for (const item of doc.items)
        expect(Object.values(item.rateContract ?? {}).every((v) => v === null)).toBe(true)
      for (const entry of doc.history) expect(entry.actor).toBeNull()
    }
  })

  it('refuses a GraphQL where on the placer’s phone', async () => {
    const res = await gql(
      `{ Orders(where: { customerSnapshot__phone: { equals: "+919876543210" } }) { totalDocs } }`,
      await tokenFor('goldsmith1'),
    )
    expect(res.errors?.[0]?.message).toMatch(/cannot be queried: customerSnapshot\.phone/)
  })
})

describe('orders: buyers see only their own', () => {
  it.each([
    ['customer1', 'customer2'],
    ['vendor1', 'vendor2'],
  ] as const)('%s cannot read an order of %s', async (owner, other) => {
    const order = await placeOrder(owner)
    const res = await api(`/api/orders/${order.id}`, { token: await tokenFor(other) })
    expect(res.status).toBe(404)
  })

  it.each(['customer1', 'customer2', 'vendor1', 'vendor2'] as const)(
    'lists only %s’s own orders',
    async (who) => {
      await placeOrder(who)
      const res = await api('/api/orders?limit=500&depth=0', { token: await tokenFor(who) })
      expect(res.body.totalDocs).toBeGreaterThan(0)
      for (const doc of res.body.docs) expect(doc.placedBy.value).toBe(fixtures.ids[who])
    },
  )

  it('does not let a customer and a vendor with the same numeric id see each other’s orders', async () => {
    // Ids are per collection: customer 1 and vendor 1 are different people.
    const res = await api('/api/orders?limit=500&depth=0', { token: await tokenFor('customer1') })
    for (const doc of res.body.docs) expect(doc.placedBy.relationTo).toBe('customers')
  })

  it.each(['pendingVendor1', 'pendingVendor2'] as const)('gives %s no orders', async (who) => {
    const res = await api('/api/orders', { token: await tokenFor(who) })
    expect(res.body.totalDocs ?? 0).toBe(0)
  })

  it('gives a guest nothing', async () => {
    const res = await api('/api/orders')
    expect(res.status === 403 || res.body.totalDocs === 0).toBe(true)
  })

  it('hides the goldsmith’s identity and internal notes from the buyer', async () => {
    const res = await api(`/api/orders/${customerOrder.id}`, { token: await tokenFor('customer1') })
    expect(res.body).not.toHaveProperty('assignedGoldsmith')
    expect(res.body.history.at(-1)).not.toHaveProperty('note')
  })

  it('lets staff see everything', async () => {
    const res = await api(`/api/orders/${customerOrder.id}?depth=1`, {
      token: await tokenFor('staff2'),
    })
    expect(res.body.customerSnapshot.email).toBe('customer1@test.example')
    expect(res.body.totalAmount).toBeGreaterThan(0)
    expect(res.body.assignedGoldsmith.id ?? res.body.assignedGoldsmith).toBe(
      fixtures.ids.goldsmith1,
    )
  })
})

describe('orders: a populated product is only what links to it', () => {
  // The line's snapshot holds what was ordered; the live piece adds only its name, address and
  // state (Products' defaultPopulate), for staff too, so a placement does not populate it whole.
  const leanProduct = ['id', 'name', 'sku', 'slug', 'status']

  it.each(['staff1', 'vendor1', 'goldsmith1'] as const)(
    'answers %s each line’s product as id, name, slug, SKU and status',
    async (who) => {
      const res = await api(`/api/orders/${vendorOrder.id}?depth=2`, {
        token: await tokenFor(who),
      })
      expect(res.status).toBe(200)
      const product = res.body.items[0].product
      expect(Object.keys(product).sort()).toEqual(leanProduct)
      expect(product.name).toBe(fixtures.products[1].name)
    },
  )

  it('answers a placement with the same lean product', async () => {
    const order = await placeOrder('customer1', {
      items: [{ product: fixtures.products[1].id, quantity: 1 }],
    })
    expect(Object.keys(order.items[0].product).sort()).toEqual(leanProduct)
  })
})
