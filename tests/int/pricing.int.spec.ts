import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  componentGstRates,
  contractAmounts,
  contractFor,
  fixedContract,
  piecePrice,
  type GstRates,
  type RateTerms,
} from '@/lib/ratePricing'
import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'

import { callAt, createFixtures, must, type Call, type Fixtures } from '../helpers/fixtures'
import { huidsFor } from '../helpers/huids'
import { startOwnServer } from '../helpers/ownServer'
import type { PersonKey } from '../helpers/people'

// Rates move every rate-linked price, so this file runs on a server of its own: the shared one's
// rates are changed (and restored from versions) by other files at any moment.
let server: NextServer
let call: Call
let fixtures: Fixtures
const as = (who: PersonKey) => fixtures.tokens[who]

const setRates = (rates: Record<string, number>) =>
  must('set rates', call('/api/globals/rates', { token: as('admin1'), body: rates }))

/** The kada of the examples, 14K so the fixed fixtures (22K) are never touched by a rate. */
const kadaTerms = {
  netWeight: 4.2,
  wastagePercent: 12,
  makingBasis: 'per_gram',
  makingRate: 450,
  stoneCharges: 1000,
} as const
const termsAt = (rate: number): RateTerms => ({ ...kadaTerms, rate })
let kadaId: number | string

const order = async (id: number | string, who: PersonKey = 'admin1') =>
  (await call(`/api/orders/${id}?depth=0`, { token: as(who) })).body

const move = (id: number | string, body: Record<string, unknown>, who: PersonKey = 'staff1') =>
  call(`/api/orders/${id}/transition`, { token: as(who), body })

const place = async (who: PersonKey, items: { product: number | string; quantity: number }[]) =>
  must(
    `order by ${who}`,
    call('/api/orders', {
      token: as(who),
      body: { items, customerSnapshot: { phone: '98765 43210', address: '1 MG Road, Jaipur' } },
    }),
  ).then((body) => body.doc as { id: number; orderId: string })

/** Accept, assign, complete and dispatch, as staff; `accept` may carry rate terms. */
const throughDispatch = async (id: number | string, accept: Record<string, unknown> = {}) => {
  for (const body of [
    { action: 'accept', ...accept },
    { action: 'assign', goldsmith: fixtures.ids.goldsmith1 },
    { action: 'complete' },
    { action: 'dispatch', huids: huidsFor(await order(id)) },
  ]) {
    const res = await move(id, body)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
}

const flat3: GstRates = componentGstRates(3)

beforeAll(async () => {
  server = await startOwnServer('pricing', await createFreshDatabase('pricing'))
  call = callAt(server.url)
  fixtures = await createFixtures(call)
  await setRates({ gold: 7640, silver: 95, gold22k: 7000, gold14k: 4460 })
  const created = await must(
    'rate-linked product',
    call('/api/products', {
      token: as('staff1'),
      body: {
        name: 'Rate Kada',
        sku: 'RATE-KADA',
        category: fixtures.category.id,
        metal: 'gold',
        purity: '14K',
        grossWeight: 5,
        netWeight: kadaTerms.netWeight,
        wastage: kadaTerms.wastagePercent,
        pricing: 'rate_linked',
        makingBasis: kadaTerms.makingBasis,
        makingRate: kadaTerms.makingRate,
        stoneCharges: kadaTerms.stoneCharges,
        // Typed by mistake: a rate-linked price is worked out, never taken from the request.
        price: 1,
        sizes: [],
        status: 'published',
      },
    }),
  )
  kadaId = created.doc.id
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('pricing: rate-linked products', () => {
  it('prices a rate-linked piece from the current rate, and a rate change moves it at once', async () => {
    const before = await call(`/api/products/${kadaId}`, { token: as('vendor1') })
    expect(before.body).toMatchObject({
      price: piecePrice(termsAt(4460)).price,
      quotedRate: 4460,
      makingCharges: piecePrice(termsAt(4460)).making,
    })
    await setRates({ gold14k: 4512.5 })
    const after = await call(`/api/products/${kadaId}`, { token: as('vendor2') })
    expect(after.body.price).toBe(piecePrice(termsAt(4512.5)).price)
    expect(after.body.price).not.toBe(before.body.price)
    // Staff read the same; the fixed fixtures did not move.
    const staff = await call(`/api/products/${kadaId}`, { token: as('staff2') })
    expect(staff.body.price).toBe(after.body.price)
    const fixed = await call(`/api/products/${fixtures.products[0].id}`, { token: as('vendor1') })
    expect(fixed.body.price).toBe(fixtures.products[0].price)
  })

  it('shows customers and karigars no price, terms or rate, over REST and GraphQL', async () => {
    for (const who of ['customer1', 'goldsmith1', 'pendingVendor1'] as const) {
      const rest = await call(`/api/products/${kadaId}`, { token: as(who) })
      expect(rest.status).toBe(200)
      for (const field of ['price', 'pricing', 'quotedRate', 'makingRate', 'stoneCharges'])
        expect(rest.body, `${who} ${field}`).not.toHaveProperty(field)
      const gql = await call('/api/graphql', {
        token: as(who),
        body: { query: `{ Product(id: ${kadaId}) { name price quotedRate makingRate } }` },
      })
      expect(gql.body.data?.Product ?? {}).toMatchObject({ price: null, quotedRate: null })
      // A query on a hidden term reveals nothing either.
      const probe = await call(`/api/products?where[quotedRate][greater_than]=0&depth=0`, {
        token: as(who),
      })
      expect(probe.body.docs ?? []).toHaveLength(0)
    }
  })

  it('refuses incomplete rate-linked terms with a 400 naming the field, and saves nothing', async () => {
    const res = await call('/api/products', {
      token: as('staff1'),
      body: {
        name: 'Basis-less Bangle',
        sku: 'RATE-NOBASIS',
        category: fixtures.category.id,
        metal: 'gold',
        purity: '14K',
        grossWeight: 5,
        netWeight: 4,
        pricing: 'rate_linked',
        makingRate: 100,
        status: 'published',
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toContain('makingBasis')
    const found = await call('/api/products?where[sku][equals]=RATE-NOBASIS', {
      token: as('staff1'),
    })
    expect(found.body.totalDocs).toBe(0)
  })
})

describe('pricing: the rate contract on an order', () => {
  it('freezes each line’s contract, agreeing with lib/ratePricing to the paisa', async () => {
    await setRates({ gold14k: 4460 })
    const placed = await place('vendor1', [
      { product: kadaId, quantity: 2 },
      { product: fixtures.products[1].id, quantity: 1 },
    ])
    const doc = await order(placed.id, 'vendor1')
    const kada = contractFor('rate_linked', piecePrice(termsAt(4460)), flat3)
    const fixed = fixedContract(fixtures.products[1].price, flat3)
    expect(doc.items[0].rateContract).toMatchObject({
      ...kada,
      metal: 'gold',
      purity: '14K',
      rate: 4460,
      netWeight: 4.2,
      wastagePercent: 12,
      makingBasis: 'per_gram',
      makingRate: 450,
      stoneCharges: 1000,
    })
    expect(doc.items[0].priceAtOrder).toBe(kada.price)
    expect(doc.items[0].metalRateAtOrder).toBe(4460)
    expect(doc.items[1].rateContract).toMatchObject({ ...fixed, making: 0, stones: 0 })
    const amounts = contractAmounts([
      { contract: kada, quantity: 2 },
      { contract: fixed, quantity: 1 },
    ])
    expect(doc).toMatchObject({
      rateTerms: 'locked',
      subtotalAmount: amounts.subtotal,
      gstAmount: amounts.gst,
      totalAmount: amounts.total,
    })
  })

  it('shows a customer’s own order no contract, rate terms or repricing (REST and GraphQL)', async () => {
    const placed = await place('customer1', [{ product: kadaId, quantity: 1 }])
    const doc = await order(placed.id, 'customer1')
    expect(doc.items[0]).not.toHaveProperty('rateContract')
    expect(doc).not.toHaveProperty('rateTerms')
    expect(doc).not.toHaveProperty('repricing')
    const gql = await call('/api/graphql', {
      token: as('customer1'),
      body: {
        query: `{ Order(id: ${placed.id}) { rateTerms items { rateContract { price rate } } } }`,
      },
    })
    expect(gql.body.data?.Order?.rateTerms ?? null).toBeNull()
    // A hidden group answers with every field null.
    expect(gql.body.data.Order.items[0].rateContract ?? {}).toMatchObject({
      price: null,
      rate: null,
    })
    // The staff view has it.
    expect((await order(placed.id)).items[0].rateContract.rate).toBe(4460)
  })

  it('keeps a locked order’s prices when the rates move before dispatch', async () => {
    await setRates({ gold14k: 4460 })
    const placed = await place('vendor2', [{ product: kadaId, quantity: 1 }])
    const before = await order(placed.id)
    await setRates({ gold14k: 4700 })
    await throughDispatch(placed.id)
    const after = await order(placed.id)
    expect(after.status).toBe('dispatched')
    expect(after.totalAmount).toBe(before.totalAmount)
    expect(after.items[0].rateContract).toEqual(before.items[0].rateContract)
    expect(after.repricing?.at ?? null).toBeNull()
  })

  it('reprices an on-delivery order at dispatch from that day’s rate, recording the difference and why', async () => {
    await setRates({ gold14k: 4460 })
    const placed = await place('vendor1', [
      { product: kadaId, quantity: 3 },
      { product: fixtures.products[2].id, quantity: 1 },
    ])
    const before = await order(placed.id)
    const accepted = await move(placed.id, { action: 'accept', rateTerms: 'on_delivery' })
    expect(accepted.status).toBe(200)
    expect((await order(placed.id, 'vendor1')).rateTerms).toBe('on_delivery')
    await setRates({ gold14k: 4625.25 })
    for (const body of [
      { action: 'assign', goldsmith: fixtures.ids.goldsmith2 },
      { action: 'complete' },
      { action: 'dispatch', huids: huidsFor(before) },
    ])
      expect((await move(placed.id, body)).status).toBe(200)

    const repriced = contractFor('rate_linked', piecePrice(termsAt(4625.25)), flat3)
    const fixed = fixedContract(fixtures.products[2].price, flat3)
    const amounts = contractAmounts([
      { contract: repriced, quantity: 3 },
      { contract: fixed, quantity: 1 },
    ])
    const after = await order(placed.id, 'vendor1')
    expect(after.items[0].rateContract).toMatchObject({ ...repriced, rate: 4625.25 })
    expect(after.items[0].priceAtOrder).toBe(repriced.price)
    // The fixed line stays as it was.
    expect(after.items[1].rateContract).toEqual(before.items[1].rateContract)
    expect(after).toMatchObject({
      subtotalAmount: amounts.subtotal,
      gstAmount: amounts.gst,
      totalAmount: amounts.total,
      repricing: {
        previousTotal: before.totalAmount,
        previousSubtotal: before.subtotalAmount,
        difference: amounts.total - before.totalAmount,
      },
    })
    expect(after.repricing.difference).toBeGreaterThan(0)
    expect(after.repricing.reason).toContain(
      'Gold 14K ₹4,460.00/g at order, ₹4,625.25/g at dispatch',
    )
    expect(after.repricing.lines).toMatchObject([
      {
        line: before.items[0].id,
        rateBefore: 4460,
        rateAfter: 4625.25,
        priceBefore: before.items[0].priceAtOrder,
        priceAfter: repriced.price,
      },
    ])
    // The other vendor cannot read the order at all.
    expect((await call(`/api/orders/${placed.id}`, { token: as('vendor2') })).status).toBe(404)
  })

  it('takes rate terms only when accepting, and on delivery only for a vendor’s order', async () => {
    const customerOrder = await place('customer2', [{ product: kadaId, quantity: 1 }])
    const refusedForCustomer = await move(customerOrder.id, {
      action: 'accept',
      rateTerms: 'on_delivery',
    })
    expect(refusedForCustomer.status).toBe(400)
    expect(refusedForCustomer.body.errors[0].field).toBe('rateTerms')
    expect((await order(customerOrder.id)).status).toBe('ordered')

    const vendorOrder = await place('vendor2', [{ product: kadaId, quantity: 1 }])
    const unknown = await move(vendorOrder.id, { action: 'accept', rateTerms: 'weekly' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].field).toBe('rateTerms')
    expect((await move(vendorOrder.id, { action: 'accept' })).status).toBe(200)
    const late = await move(vendorOrder.id, {
      action: 'assign',
      goldsmith: fixtures.ids.goldsmith1,
      rateTerms: 'on_delivery',
    })
    expect(late.status).toBe(400)
    expect(late.body.errors[0].field).toBe('rateTerms')
    const after = await order(vendorOrder.id)
    expect(after).toMatchObject({ status: 'accepted', rateTerms: 'locked' })
    // Nobody writes the terms directly.
    const patched = await call(`/api/orders/${vendorOrder.id}`, {
      method: 'PATCH',
      token: as('staff1'),
      body: { rateTerms: 'on_delivery' },
    })
    expect(patched.status).toBeLessThan(500)
    expect((await order(vendorOrder.id)).rateTerms).toBe('locked')
  })

  it('charges GST per component at the rates set in site settings', async () => {
    await setRates({ gold14k: 4460 })
    await must(
      'GST per component',
      call('/api/globals/site-settings', {
        token: as('admin1'),
        body: { gstRate: 3, gstRates: { metal: 3, making: 5, stones: 1.5 } },
      }),
    )
    try {
      const placed = await place('vendor2', [{ product: kadaId, quantity: 2 }])
      const rates = { metal: 3, making: 5, stones: 1.5 }
      const contract = contractFor('rate_linked', piecePrice(termsAt(4460)), rates)
      const doc = await order(placed.id)
      expect(doc.items[0].rateContract).toMatchObject({ gst: contract.gst, gstRates: rates })
      expect(doc.gstAmount).toBe(contractAmounts([{ contract, quantity: 2 }]).gst)
    } finally {
      await must(
        'GST back to one rate',
        call('/api/globals/site-settings', {
          token: as('admin1'),
          body: { gstRates: { metal: null, making: null, stones: null } },
        }),
      )
    }
  })

  it('refuses a GST component rate out of range with a 400 naming it', async () => {
    const res = await call('/api/globals/site-settings', {
      token: as('admin1'),
      body: { gstRates: { making: 40 } },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toContain('gstRates.making')
  })
})
