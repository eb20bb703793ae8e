import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, gql, tokenFor } from '../helpers/http'
import { huidsFor } from '../helpers/huids'
import { placeOrder, staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')

// One order with a note for every audience, each written by someone allowed to write it.
const notes = {
  buyer: 'Confirmed at ₹3,93,524 each',
  karigar: 'Use the 22K stock, size 14 exactly',
  goldsmithOwn: 'Stone loose on arrival, reset it',
  internal: 'Margin is thin on this one',
}
let order: { id: number; orderId: string; items: { id: string; quantity: number }[] }

beforeAll(async () => {
  order = await placeOrder('customer1')
  const steps: [PersonKey, Record<string, unknown>][] = [
    ['staff1', { action: 'accept', note: notes.buyer, noteVisibility: 'buyer' }],
    [
      'staff2',
      {
        action: 'assign',
        goldsmith: ids.goldsmith1,
        note: notes.karigar,
        noteVisibility: 'karigar',
      },
    ],
    ['goldsmith1', { action: 'complete', note: notes.goldsmithOwn, noteVisibility: 'internal' }],
    [
      'admin1',
      {
        action: 'dispatch',
        note: notes.internal,
        noteVisibility: 'internal',
        huids: huidsFor(order),
      },
    ],
  ]
  for (const [who, body] of steps) {
    const res = await transition(who, order.id, body)
    if (res.status !== 200) throw new Error(`${who}: ${res.status} ${JSON.stringify(res.body)}`)
  }
})

const readable = {
  customer1: [notes.buyer],
  goldsmith1: [notes.karigar, notes.goldsmithOwn],
  staff1: Object.values(notes),
  staff2: Object.values(notes),
  admin1: Object.values(notes),
} satisfies Partial<Record<PersonKey, string[]>>

const notesIn = (history: { note?: string | null }[]) =>
  history.map((entry) => entry.note).filter((note): note is string => Boolean(note))

describe('orders: who reads which note (REST)', () => {
  for (const [who, expected] of Object.entries(readable)) {
    it(`gives ${who} exactly ${expected.length === 4 ? 'every note' : 'its own audience’s notes'}`, async () => {
      const res = await api(`/api/orders/${order.id}`, { token: await tokenFor(who as PersonKey) })
      expect(res.status).toBe(200)
      expect(notesIn(res.body.history).sort()).toEqual([...expected].sort())
    })
  }

  for (const who of ['customer2', 'goldsmith2', 'vendor1'] as const) {
    it(`does not show ${who} the order at all`, async () => {
      const res = await api(`/api/orders/${order.id}`, { token: await tokenFor(who) })
      expect(res.status).toBe(404)
    })
  }

  it('never leaks a buyer note to the karigar through a where on the note', async () => {
    const res = await api(
      `/api/orders?where[history.note][like]=${encodeURIComponent('3,93,524')}`,
      {
        token: await tokenFor('goldsmith1'),
      },
    )
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body)).not.toContain('3,93,524')
    expect(res.body.docs?.some((d: { id: number }) => d.id === order.id) ?? false).toBe(false)
  })

  it('never leaks a karigar note to the buyer through a where on the note', async () => {
    const res = await api(`/api/orders?where[history.note][like]=22K%20stock`, {
      token: await tokenFor('customer1'),
    })
    expect(res.status).toBeLessThan(500)
    expect(res.body.docs?.some((d: { id: number }) => d.id === order.id) ?? false).toBe(false)
  })
})

describe('orders: who reads which note (GraphQL)', () => {
  const query = `query ($id: Int!) { Order(id: $id) { history { note noteVisibility } } }`

  for (const who of ['customer1', 'goldsmith1', 'staff2'] as const) {
    it(`gives ${who} the same notes as REST`, async () => {
      const res = await gql(query, await tokenFor(who), { id: order.id })
      expect(res.errors).toBeUndefined()
      expect(notesIn(res.data.Order.history).sort()).toEqual([...readable[who]].sort())
    })
  }
})

describe('orders: a note names its audience', () => {
  it('refuses a note without noteVisibility with 400 naming it, and changes nothing', async () => {
    const fresh = await placeOrder('customer2')
    const before = await staffView(fresh.id)
    const res = await transition('staff1', fresh.id, { action: 'accept', note: 'Price confirmed' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({ field: 'noteVisibility' })
    expect(res.body.errors[0].message).toMatch(/Choose who reads the note/)
    const after = await staffView(fresh.id)
    expect([after.status, after.history.length]).toEqual([before.status, before.history.length])
  })

  it('refuses a karigar writing to the buyer', async () => {
    const fresh = await placeOrder('customer2')
    await transition('staff1', fresh.id, { action: 'accept' })
    await transition('staff1', fresh.id, { action: 'assign', goldsmith: ids.goldsmith2 })
    const res = await transition('goldsmith2', fresh.id, {
      action: 'complete',
      note: 'Call me about the size',
      noteVisibility: 'buyer',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/karigar can be for karigar or internal/)
    expect((await staffView(fresh.id)).status).toBe('under_process')
  })

  it('refuses an audience that does not exist', async () => {
    const fresh = await placeOrder('customer2')
    const res = await transition('staff1', fresh.id, {
      action: 'accept',
      note: 'x',
      noteVisibility: 'everyone',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('noteVisibility')
  })
})
