import { beforeAll, describe, expect, inject, it } from 'vitest'

import { calendarDay } from '@/lib/orderId'
import { addDays, formatDay, readyByDay } from '@/lib/readyDate'

import { unique } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import { orderBody, placeOrder, staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')

/** A shelf of this file's own, with making times: other files' products keep the default. */
let pieces: { quick: number; usual: number; slow: number }
let timeZone: string

beforeAll(async () => {
  const staff = await tokenFor('staff1')
  const shelf = await api('/api/categories', {
    token: staff,
    body: { name: `Ready Shelf ${unique()}`, makingDays: 9 },
  })
  expect(shelf.status).toBe(201)
  const product = async (makingDays?: number) => {
    const res = await api('/api/products', {
      token: staff,
      body: {
        name: `Ready Piece ${unique()}`,
        sku: `RDY-${unique()}`,
        category: shelf.body.doc.id,
        metal: 'gold',
        purity: '22K',
        grossWeight: 10,
        netWeight: 9,
        price: 50_000,
        sizes: [],
        makingDays,
        status: 'published',
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as number
  }
  pieces = { quick: await product(4), usual: await product(), slow: await product(20) }
  timeZone = (await api('/api/globals/site-settings')).body.timeZone
})

const place = (who: PersonKey, products: number[], extra: Record<string, unknown> = {}) =>
  placeOrder(who, {
    items: products.map((product) => ({ product, quantity: 1 })),
    ...extra,
  }) as Promise<{ id: number; orderId: string; createdAt: string; readyBy: string }>

/** The day `days` after the business day the order was placed. */
const daysAfterPlacement = (order: { createdAt: string }, days: number) =>
  addDays(calendarDay(new Date(order.createdAt), timeZone), days)

/** A day `days` from the business's today, as staff would type it. */
const fromToday = (days: number) => addDays(calendarDay(new Date(), timeZone), days)

describe('orders: the ready date at placement', () => {
  it('is the day of placement plus the longest making time of the lines', async () => {
    const order = await place('customer1', [pieces.quick, pieces.usual])
    expect(readyByDay(order.readyBy)).toBe(daysAfterPlacement(order, 9))
    const slow = await place('vendor1', [pieces.usual, pieces.slow, pieces.quick])
    expect(readyByDay(slow.readyBy)).toBe(daysAfterPlacement(slow, 20))
  })

  it('takes the product’s own making time over its category’s', async () => {
    const order = await place('customer2', [pieces.quick])
    expect(readyByDay(order.readyBy)).toBe(daysAfterPlacement(order, 4))
  })

  it('ignores a ready date the buyer sends', async () => {
    const order = await place('customer1', [pieces.quick], { readyBy: '2026-01-01' })
    expect(readyByDay(order.readyBy)).toBe(daysAfterPlacement(order, 4))
  })

  it('falls back to the default for a category without a making time', async () => {
    const order = await placeOrder('customer1', { items: [orderBody().items[1]] })
    expect(readyByDay(order.readyBy)).toBe(daysAfterPlacement(order, 14))
  })
})

describe('orders: staff change the ready date on acceptance', () => {
  it('moves it, tells the buyer the new date and the old one, and shows everyone the same', async () => {
    const order = await place('customer1', [pieces.usual])
    const before = readyByDay(order.readyBy)!
    const moved = fromToday(30)
    const res = await transition('staff1', order.id, { action: 'accept', readyBy: moved })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(readyByDay(res.body.doc.readyBy)).toBe(moved)

    const notes = await api(
      `/api/notifications?where[order][equals]=${order.id}&where[type][equals]=order_accepted`,
      { token: await tokenFor('customer1') },
    )
    expect(notes.body.docs).toHaveLength(1)
    expect(notes.body.docs[0].message).toContain(`now ${formatDay(moved)}`)
    expect(notes.body.docs[0].message).toContain(`was ${formatDay(before)}`)

    await transition('staff1', order.id, { action: 'assign', goldsmith: ids.goldsmith1 })
    for (const who of ['customer1', 'goldsmith1', 'staff2'] as const) {
      const rest = await api(`/api/orders/${order.id}`, { token: await tokenFor(who) })
      expect(readyByDay(rest.body.readyBy)).toBe(moved)
      const graphql = await gql(
        `query ($id: Int!) { Order(id: $id) { readyBy } }`,
        await tokenFor(who),
        { id: order.id },
      )
      expect(readyByDay(graphql.data?.Order?.readyBy)).toBe(moved)
    }
  })

  it('tells the buyer the ready date on an acceptance that keeps it', async () => {
    const order = await place('vendor2', [pieces.quick])
    expect((await transition('staff2', order.id, { action: 'accept' })).status).toBe(200)
    const notes = await api(`/api/notifications?where[order][equals]=${order.id}`, {
      token: await tokenFor('vendor2'),
    })
    const accepted = notes.body.docs.find((n: { type: string }) => n.type === 'order_accepted')
    expect(accepted.message).toContain(`ready by ${formatDay(readyByDay(order.readyBy)!)}`)
    expect(accepted.message).not.toContain('was')
  })

  it.each([
    ['not a date', 'next week'],
    ['an impossible day', '2030-02-30'],
    ['a day gone by', '2020-01-01'],
    ['more than a year ahead', '2999-01-01'],
    ['not a string', 20260301],
  ])('refuses %s with 400 naming readyBy, and changes nothing', async (_what, readyBy) => {
    const order = await place('customer2', [pieces.usual])
    const res = await transition('staff1', order.id, { action: 'accept', readyBy })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('readyBy')
    const after = await staffView(order.id)
    expect([after.status, after.readyBy]).toEqual(['ordered', order.readyBy])
  })

  it('refuses a ready date on any other step', async () => {
    const order = await place('customer2', [pieces.usual])
    await transition('staff1', order.id, { action: 'accept' })
    const res = await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: ids.goldsmith2,
      readyBy: fromToday(40),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('readyBy')
    const after = await staffView(order.id)
    expect([after.status, after.readyBy]).toEqual(['accepted', order.readyBy])
  })
})

describe('orders: nobody else changes the ready date', () => {
  let order: { id: number; readyBy: string }
  beforeAll(async () => {
    order = await place('customer1', [pieces.usual])
  })

  it.each(['customer1', 'customer2', 'vendor1', 'vendor2', 'goldsmith1', 'goldsmith2'] as const)(
    'refuses %s accepting with a ready date',
    async (who) => {
      const res = await transition(who, order.id, { action: 'accept', readyBy: fromToday(2) })
      expect([403, 404]).toContain(res.status)
      expect((await staffView(order.id)).readyBy).toBe(order.readyBy)
    },
  )

  it.each(['customer1', 'customer2', 'vendor1', 'goldsmith1', 'staff1', 'admin2'] as const)(
    'leaves the date alone when %s PATCHes it',
    async (who) => {
      const res = await api(`/api/orders/${order.id}`, {
        method: 'PATCH',
        token: await tokenFor(who),
        body: { readyBy: `${fromToday(3)}T12:00:00.000Z` },
      })
      expect(res.status).toBeLessThan(500)
      expect((await staffView(order.id)).readyBy).toBe(order.readyBy)
    },
  )

  it.each(['customer1', 'vendor2', 'goldsmith2', 'staff2'] as const)(
    'leaves the date alone when %s sends the updateOrder mutation',
    async (who) => {
      await gql(
        `mutation ($id: Int!, $day: String!) { updateOrder(id: $id, data: { readyBy: $day }) { id } }`,
        await tokenFor(who),
        { id: order.id, day: `${fromToday(3)}T12:00:00.000Z` },
      )
      expect((await staffView(order.id)).readyBy).toBe(order.readyBy)
    },
  )
})

describe('orders: the amount’s confirmation', () => {
  let order: { id: number }
  let confirmedAt: string

  beforeAll(async () => {
    order = await place('customer1', [pieces.quick])
    // Staff say when they spoke to the buyer: after the order was placed, before now.
    confirmedAt = new Date().toISOString()
    const res = await transition('staff1', order.id, {
      action: 'accept',
      amountConfirmation: { via: 'whatsapp', at: confirmedAt },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

  it('records how, when and by whom for staff', async () => {
    const { amountConfirmation } = await staffView(order.id)
    expect(amountConfirmation.via).toBe('whatsapp')
    expect(amountConfirmation.at).toBe(confirmedAt)
    expect(amountConfirmation.by).toBe(ids.staff1)
  })

  it('shows the buyer how and when, never who or a price (REST and GraphQL)', async () => {
    const token = await tokenFor('customer1')
    const rest = await api(`/api/orders/${order.id}`, { token })
    expect(Object.keys(rest.body.amountConfirmation).sort()).toEqual(['at', 'via'])
    expect(rest.body.totalAmount).toBeUndefined()
    const graphql = await gql(
      `query ($id: Int!) { Order(id: $id) { amountConfirmation { via at by { id } } totalAmount } }`,
      token,
      { id: order.id },
    )
    expect(graphql.data?.Order?.amountConfirmation).toMatchObject({ via: 'whatsapp', by: null })
    expect(graphql.data?.Order?.totalAmount ?? null).toBeNull()
  })

  it('keeps it from the karigar and from other buyers', async () => {
    await transition('staff1', order.id, { action: 'assign', goldsmith: ids.goldsmith1 })
    const karigar = await api(`/api/orders/${order.id}`, { token: await tokenFor('goldsmith1') })
    expect(karigar.status).toBe(200)
    expect(karigar.body.amountConfirmation ?? null).toBeNull()
    const graphql = await gql(
      `query ($id: Int!) { Order(id: $id) { amountConfirmation { via } } }`,
      await tokenFor('goldsmith1'),
      { id: order.id },
    )
    expect(graphql.data?.Order?.amountConfirmation?.via ?? null).toBeNull()
    for (const who of ['customer2', 'vendor1', 'goldsmith2'] as const)
      expect((await api(`/api/orders/${order.id}`, { token: await tokenFor(who) })).status).toBe(
        404,
      )
  })

  it.each([
    ['an unknown channel', { via: 'pigeon' }, 'amountConfirmation.via'],
    ['a time in the future', { via: 'phone', at: '2999-01-01T00:00:00Z' }, 'amountConfirmation.at'],
    [
      'a time before the order',
      { via: 'phone', at: '2001-01-01T00:00:00Z' },
      'amountConfirmation.at',
    ],
  ])('refuses %s with 400 naming it, and changes nothing', async (_what, confirmation, field) => {
    const fresh = await place('customer2', [pieces.quick])
    const res = await transition('staff2', fresh.id, {
      action: 'accept',
      amountConfirmation: confirmation,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe(field)
    const after = await staffView(fresh.id)
    expect([after.status, after.amountConfirmation?.via ?? null]).toEqual(['ordered', null])
  })

  it('is refused on any step but acceptance', async () => {
    const fresh = await place('customer2', [pieces.quick])
    const res = await transition('customer2', fresh.id, {
      action: 'cancel',
      amountConfirmation: { via: 'phone' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('amountConfirmation')
  })
})
