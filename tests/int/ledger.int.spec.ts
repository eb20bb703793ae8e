import { beforeAll, describe, expect, inject, it } from 'vitest'

import { unique, uniqueEmail } from '../helpers/accounts'
import { api, baseURL, gql, tokenFor } from '../helpers/http'
import { huidsFor } from '../helpers/huids'
import { placeOrder, staffView, transition } from '../helpers/orders'
import { people, testPassword, type PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')
const everyone = Object.keys(people) as PersonKey[]
const staffKeys = ['staff1', 'staff2', 'admin1', 'admin2'] as const
const buyers = ['customer1', 'customer2', 'vendor1', 'vendor2', 'pendingVendor1', 'pendingVendor2']

// This file's own catalogue: a 22K ring of 9.5 g net in a category allowing 3 % of 22K (0.285 g),
// so no other file's data moves its numbers.
let ring: { id: number }
let normedCategory: number
let unnormed: { id: number }
// A karigar of this file's own, whose whole account this file writes: its balance must reach zero.
let karigar: { id: number; token: string }

const must = async (what: string, res: Promise<{ status: number; body: any }>) => {
  const answer = await res
  if (answer.status >= 300)
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body
}

const product = async (category: number, name: string) =>
  (
    await must(
      name,
      api('/api/products', {
        token: await tokenFor('staff1'),
        body: {
          name,
          sku: `LEDGER-${unique()}`,
          category,
          metal: 'gold',
          purity: '22K',
          grossWeight: 10,
          netWeight: 9.5,
          price: 71_000,
          wastage: 10,
          makingCharges: 2000,
          status: 'published',
          sizes: [],
        },
      }),
    )
  ).doc

const category = async (body: object) =>
  (
    await must(
      'category',
      api('/api/categories', {
        token: await tokenFor('staff1'),
        body: { name: `Ledger ${unique()}`, ...body },
      }),
    )
  ).doc

beforeAll(async () => {
  const normed = await category({
    wastageNorms: [
      { purity: '22K', percent: 3 },
      { purity: '18K', percent: 5 },
    ],
  })
  normedCategory = normed.id
  ring = await product(normed.id, `Ledger Ring ${unique()}`)
  unnormed = await product((await category({})).id, `Ledger Kada ${unique()}`)

  const email = uniqueEmail('ledger-karigar')
  const created = await must(
    'karigar',
    api('/api/goldsmiths', {
      token: await tokenFor('admin1'),
      body: { email, name: 'Ledger Karigar', phone: '9123456780', password: 'Typed-temp-2026' },
    }),
  )
  const signIn = (password: string) => api('/api/goldsmiths/login', { body: { email, password } })
  const temporary = (await signIn('Typed-temp-2026')).body.token
  await must(
    'karigar password',
    api(`/api/goldsmiths/${created.doc.id}`, {
      method: 'PATCH',
      token: temporary,
      body: { password: testPassword },
    }),
  )
  karigar = { id: created.doc.id, token: (await signIn(testPassword)).body.token }
})

/** An order of one ring, accepted and assigned to `goldsmith` with `metalIssue` (if any). */
const assignedOrder = async (
  goldsmith: number | string,
  metalIssue?: { weight: unknown; purity: unknown },
  item = ring,
) => {
  const order = await placeOrder('customer1', { items: [{ product: item.id, quantity: 1 }] })
  await must('accept', transition('staff1', order.id, { action: 'accept' }))
  await must(
    'assign',
    transition('staff2', order.id, {
      action: 'assign',
      goldsmith,
      ...(metalIssue ? { metalIssue } : {}),
    }),
  )
  return order as { id: number; orderId: string; items: { id: string; quantity: number }[] }
}

const complete = (id: number) => must('complete', transition('staff1', id, { action: 'complete' }))

const receipt = async (id: number, body: object, who: PersonKey = 'staff1') =>
  api(`/api/orders/${id}/metal-receipt`, { token: await tokenFor(who), body })

const ledgerOf = async (order: number) =>
  (
    await api(`/api/metal-ledger?where[order][equals]=${order}&sort=id&limit=100`, {
      token: await tokenFor('admin1'),
    })
  ).body.docs as { id: number; kind: string; weight: number; fineWeight: number }[]

const karigarBalance = async () => {
  const res = await api('/api/metal-ledger/balances', { token: karigar.token })
  expect(res.status).toBe(200)
  return res.body.docs[0]
}

describe('ledger: issue → receive → dispatch', () => {
  it('balances a karigar to zero after a return within the norm, and only then dispatches', async () => {
    const order = await assignedOrder(karigar.id, { weight: 10, purity: '22K' })
    expect((await ledgerOf(order.id)).map((e) => [e.kind, e.weight, e.fineWeight])).toEqual([
      ['issue', 10, 9.16],
    ])
    expect((await karigarBalance()).purities).toEqual([
      expect.objectContaining({ purity: '22K', issued: 10, balance: 10, fineBalance: 9.16 }),
    ])

    await complete(order.id)
    const early = await transition('staff1', order.id, {
      action: 'dispatch',
      huids: huidsFor(order),
    })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toMatch(/Record the metal received back/)

    const res = await receipt(order.id, { receivedWeight: 9.6, scrapWeight: 0.2 })
    expect(res.status).toBe(200)
    expect(res.body.check).toEqual({
      purity: '22K',
      expected: 9.5,
      issued: 10,
      returned: 9.8,
      loss: 0.2,
      allowed: 0.285,
      wastage: 0.2,
      variance: 0,
      overNorm: false,
      settled: true,
    })
    const balance = await karigarBalance()
    expect(balance.purities).toEqual([
      expect.objectContaining({
        issued: 10,
        returned: 9.8,
        writtenOff: 0.2,
        balance: 0,
        fineBalance: 0,
      }),
    ])
    expect(balance.fine).toEqual({ gold: 0 })
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
  })

  it('takes back the metal of a cancelled order, and of a held one', async () => {
    for (const move of [
      { action: 'cancel', reason: 'Design withdrawn' },
      { action: 'hold', reason: 'Waiting for stones' },
    ]) {
      const order = await assignedOrder(karigar.id, { weight: 4, purity: '22K' })
      await must(move.action, transition('staff1', order.id, move))
      // Nothing was made: the metal comes back as scrap, all of it.
      const res = await receipt(order.id, { receivedWeight: 0, scrapWeight: 4 })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.check).toMatchObject({ issued: 4, returned: 4, loss: 0, overNorm: false })
      expect((await ledgerOf(order.id)).map((e) => [e.kind, e.weight])).toEqual([
        ['issue', 4],
        ['receipt', 0],
        ['scrap', 4],
      ])
    }
  })

  it('flags a return beyond the norm and holds dispatch until staff acknowledge it', async () => {
    const order = await assignedOrder(karigar.id, { weight: 10, purity: '22K' })
    await complete(order.id)
    const res = await receipt(order.id, { receivedWeight: 9.3, scrapWeight: 0.1 })
    expect(res.status).toBe(200)
    expect(res.body.check).toMatchObject({
      loss: 0.6,
      allowed: 0.285,
      wastage: 0.285,
      variance: 0.315,
    })
    expect(res.body.check).toMatchObject({ overNorm: true, settled: false })
    expect(res.body.message).toMatch(
      /0\.315 g of 22K \(0\.289 g fine\) short beyond the wastage norm/,
    )
    expect((await karigarBalance()).purities[0]).toMatchObject({
      balance: 0.315,
      fineBalance: 0.289,
    })

    const held = await transition('staff1', order.id, {
      action: 'dispatch',
      huids: huidsFor(order),
    })
    expect(held.status).toBe(409)
    expect(held.body.errors[0].message).toMatch(/acknowledge the variance or send the piece back/)

    const again = await receipt(order.id, { receivedWeight: 9.3 })
    expect(again.status).toBe(409)
    const ack = await receipt(order.id, { acknowledgeVariance: true, note: 'Stone setting loss' })
    expect(ack.status).toBe(200)
    expect((await karigarBalance()).purities[0]).toMatchObject({ balance: 0, fineBalance: 0 })
    expect((await ledgerOf(order.id)).map((e) => [e.kind, e.weight])).toEqual([
      ['issue', 10],
      ['receipt', 9.3],
      ['scrap', 0.1],
      ['wastage', 0.285],
      ['variance', 0.315],
    ])
    expect((await receipt(order.id, { acknowledgeVariance: true })).status).toBe(409)
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
  })

  it('lets staff send an over-norm piece back for rework and weigh it again', async () => {
    const order = await assignedOrder(karigar.id, { weight: 10, purity: '22K' })
    await complete(order.id)
    expect(
      (await receipt(order.id, { receivedWeight: 9.3, scrapWeight: 0.1 })).body.check.overNorm,
    ).toBe(true)
    await must(
      'rework',
      transition('staff1', order.id, { action: 'rework', note: 'Underweight: return the filings' }),
    )
    await complete(order.id)
    const second = await receipt(order.id, { receivedWeight: 9.3, scrapWeight: 0.315 })
    expect(second.status).toBe(200)
    expect(second.body.check).toMatchObject({ issued: 19.3, loss: 0, variance: 0, overNorm: false })
    expect((await karigarBalance()).purities[0]).toMatchObject({ balance: 0 })
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
  })

  it('flags any loss in a category with no norm for the purity', async () => {
    const order = await assignedOrder(karigar.id, { weight: 10, purity: '22K' }, unnormed)
    await complete(order.id)
    const res = await receipt(order.id, {
      receivedWeight: 9.9,
      scrapWeight: 0,
      acknowledgeVariance: true,
    })
    expect(res.body.check).toMatchObject({
      allowed: 0,
      wastage: 0,
      variance: 0.1,
      overNorm: true,
      settled: true,
    })
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
  })

  it('dispatches an order assigned without an issue as before: nothing to reconcile', async () => {
    const order = await assignedOrder(ids.goldsmith2)
    await must('complete', transition('goldsmith2', order.id, { action: 'complete' }))
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
    expect(await ledgerOf(order.id)).toEqual([])
  })

  it('keeps the order with the karigar who holds its metal until it is weighed back', async () => {
    const order = await assignedOrder(ids.goldsmith1, { weight: 5, purity: '22K' })
    const res = await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: ids.goldsmith2,
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0]).toMatchObject({ field: 'goldsmith' })
    expect(res.body.errors[0].message).toMatch(/holds 5.000 g of 22K/)
    expect((await staffView(order.id)).assignedGoldsmith).toBe(ids.goldsmith1)
  })
})

describe('ledger: bad input is refused by name and writes nothing', () => {
  it.each([
    [{ weight: -1, purity: '22K' }, 'metalIssue.weight', /cannot be negative/],
    [{ weight: 1.0001, purity: '22K' }, 'metalIssue.weight', /3 decimal places/],
    [{ weight: 'ten', purity: '22K' }, 'metalIssue.weight', /number of grams/],
    [{ weight: 10, purity: '18K' }, 'metalIssue.purity', /pieces are 22K/],
    [{ weight: 10, purity: '21K' }, 'metalIssue.purity', /not a purity/],
    [{ weight: 10 }, 'metalIssue.purity', /required/],
  ])('refuses metalIssue %j naming %s', async (metalIssue, field, message) => {
    const order = await placeOrder('customer2', { items: [{ product: ring.id, quantity: 1 }] })
    await must('accept', transition('staff1', order.id, { action: 'accept' }))
    const res = await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: ids.goldsmith1,
      metalIssue,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe(field)
    expect(res.body.errors[0].message).toMatch(message)
    expect((await staffView(order.id)).status).toBe('accepted')
    expect(await ledgerOf(order.id)).toEqual([])
  })

  it('refuses metal with any move but an assignment', async () => {
    const order = await placeOrder('customer2', { items: [{ product: ring.id, quantity: 1 }] })
    const res = await transition('staff1', order.id, {
      action: 'accept',
      metalIssue: { weight: 1, purity: '22K' },
    })
    expect([res.status, res.body.errors[0].field]).toEqual([400, 'metalIssue'])
    expect((await staffView(order.id)).status).toBe('ordered')
  })

  it.each([
    [{}, 'receivedWeight', /required/],
    [{ receivedWeight: -2 }, 'receivedWeight', /cannot be negative/],
    [{ receivedWeight: '9' }, 'receivedWeight', /number of grams/],
    [{ receivedWeight: 9, scrapWeight: 0.0001 }, 'scrapWeight', /3 decimal places/],
  ])('refuses the receipt %j naming %s', async (body, field, message) => {
    const order = await assignedOrder(ids.goldsmith1, { weight: 10, purity: '22K' })
    await must('complete', transition('goldsmith1', order.id, { action: 'complete' }))
    const res = await receipt(order.id, body)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe(field)
    expect(res.body.errors[0].message).toMatch(message)
    expect((await ledgerOf(order.id)).map((e) => e.kind)).toEqual(['issue'])
  })

  it('refuses a receipt for an order issued no metal', async () => {
    const order = await assignedOrder(ids.goldsmith2)
    const res = await receipt(order.id, { receivedWeight: 9 })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/No metal was issued/)
  })

  it('lets only staff record a receipt', async () => {
    const order = await assignedOrder(ids.goldsmith1, { weight: 10, purity: '22K' })
    await must('complete', transition('goldsmith1', order.id, { action: 'complete' }))
    for (const who of ['goldsmith1', 'customer1'] as const)
      expect((await receipt(order.id, { receivedWeight: 9.6 }, who)).status, who).toBe(403)
    for (const who of ['goldsmith2', 'customer2', 'vendor1'] as const)
      expect((await receipt(order.id, { receivedWeight: 9.6 }, who)).status, who).toBe(404)
    const anonymous = await api(`/api/orders/${order.id}/metal-receipt`, {
      body: { receivedWeight: 9.6 },
    })
    expect(anonymous.status).toBe(401)
    expect((await ledgerOf(order.id)).map((e) => e.kind)).toEqual(['issue'])
  })
})

describe('ledger: entries are append-only for everyone', () => {
  let entry: { id: number; weight: number }
  beforeAll(async () => {
    const order = await assignedOrder(ids.goldsmith1, { weight: 7.5, purity: '22K' })
    ;[entry] = await ledgerOf(order.id)
  })

  const unchanged = async () => {
    const res = await api(`/api/metal-ledger/${entry.id}?depth=0`, {
      token: await tokenFor('admin1'),
    })
    expect(res.status).toBe(200)
    expect([res.body.weight, res.body.kind, res.body.goldsmith]).toEqual([
      7.5,
      'issue',
      ids.goldsmith1,
    ])
  }

  for (const who of [...everyone, null]) {
    it(`refuses ${who ?? 'anonymous'} every REST write`, async () => {
      const token = who ? await tokenFor(who) : null
      const id = entry.id
      const attempts = [
        api(`/api/metal-ledger/${id}`, { method: 'PATCH', token, body: { weight: 0 } }),
        api(`/api/metal-ledger/${id}`, { method: 'DELETE', token }),
        api(`/api/metal-ledger?where[id][equals]=${id}`, {
          method: 'PATCH',
          token,
          body: { weight: 0 },
        }),
        api(`/api/metal-ledger?where[id][equals]=${id}`, { method: 'DELETE', token }),
        api('/api/metal-ledger', {
          token,
          body: {
            goldsmith: ids.goldsmith1,
            kind: 'receipt',
            metal: 'gold',
            purity: '22K',
            weight: 7.5,
          },
        }),
      ]
      for (const res of await Promise.all(attempts)) {
        expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
      }
      await unchanged()
    })

    it(`refuses ${who ?? 'anonymous'} every GraphQL mutation`, async () => {
      const token = who ? await tokenFor(who) : null
      const mutations = [
        `mutation { updateMetalLedgerEntry(id: ${entry.id}, data: { weight: 0 }) { id weight } }`,
        `mutation { deleteMetalLedgerEntry(id: ${entry.id}) { id } }`,
        `mutation { createMetalLedgerEntry(data: { goldsmith: ${ids.goldsmith1}, kind: receipt, metal: gold, purity: _22K, weight: 7.5 }) { id } }`,
      ]
      for (const query of mutations) {
        const res = await gql(query, token)
        expect(res.errors?.length, query).toBeGreaterThan(0)
        expect(JSON.stringify(res.data ?? {})).not.toContain('"id"')
      }
      await unchanged()
    })
  }

  it('keeps no versions to restore or rewrite', async () => {
    const token = await tokenFor('admin1')
    expect((await api('/api/metal-ledger/versions', { token })).status).toBe(404)
    expect((await api(`/api/metal-ledger/versions/${entry.id}`, { token })).status).toBe(404)
    const restore = await api(`/api/metal-ledger/versions/${entry.id}`, { token, method: 'POST' })
    expect(restore.status).toBe(404)
    const res = await gql('{ versionsMetalLedgerEntries { docs { id } } }', token)
    expect(res.errors?.length).toBeGreaterThan(0)
  })
})

describe('ledger: who reads it', () => {
  let entries: Record<'goldsmith1' | 'goldsmith2', number>
  beforeAll(async () => {
    const first = await assignedOrder(ids.goldsmith1, { weight: 3, purity: '22K' })
    const second = await assignedOrder(ids.goldsmith2, { weight: 4, purity: '22K' })
    entries = {
      goldsmith1: (await ledgerOf(first.id))[0].id,
      goldsmith2: (await ledgerOf(second.id))[0].id,
    }
  })

  for (const [who, other] of [
    ['goldsmith1', 'goldsmith2'],
    ['goldsmith2', 'goldsmith1'],
  ] as const) {
    it(`shows ${who} only its own entries and balance (REST)`, async () => {
      const token = await tokenFor(who)
      const list = await api('/api/metal-ledger?limit=500&depth=0', { token })
      expect(list.status).toBe(200)
      const goldsmiths = new Set(list.body.docs.map((d: { goldsmith: unknown }) => d.goldsmith))
      expect([...goldsmiths]).toEqual([ids[who]])
      expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(entries[who])
      expect((await api(`/api/metal-ledger/${entries[other]}`, { token })).status).toBe(404)
      const narrowed = await api(`/api/metal-ledger?where[goldsmith][equals]=${ids[other]}`, {
        token,
      })
      expect(narrowed.body.docs).toEqual([])
      const balances = await api(`/api/metal-ledger/balances?goldsmith=${ids[other]}`, { token })
      expect(balances.body.docs).toEqual([])
      const own = await api('/api/metal-ledger/balances', { token })
      expect(own.body.docs.map((d: { goldsmith: { id: unknown } }) => d.goldsmith.id)).toEqual([
        ids[who],
      ])
    })

    it(`shows ${who} only its own entries (GraphQL)`, async () => {
      const res = await gql(
        '{ MetalLedgerEntries(limit: 500) { docs { id goldsmith { id } } } }',
        await tokenFor(who),
      )
      expect(res.errors).toBeUndefined()
      const docs = res.data.MetalLedgerEntries.docs as { id: number; goldsmith: { id: number } }[]
      expect(new Set(docs.map((d) => d.goldsmith.id))).toEqual(new Set([ids[who]]))
      expect(docs.map((d) => d.id)).not.toContain(entries[other])
    })
  }

  it('hides staff notes and who recorded an entry from the karigar', async () => {
    const res = await api('/api/metal-ledger?limit=500', { token: karigar.token })
    const ack = res.body.docs.find((d: { kind: string }) => d.kind === 'variance')
    expect(ack).toBeTruthy()
    expect(ack).not.toHaveProperty('note')
    expect(ack).not.toHaveProperty('recordedBy')
    const staff = await api(`/api/metal-ledger/${ack.id}`, { token: await tokenFor('staff2') })
    expect(staff.body.recordedBy).toBeTruthy()
  })

  for (const who of staffKeys)
    it(`shows ${who} every goldsmith's ledger`, async () => {
      const token = await tokenFor(who)
      for (const id of Object.values(entries))
        expect((await api(`/api/metal-ledger/${id}`, { token })).status).toBe(200)
      const balances = await api('/api/metal-ledger/balances', { token })
      const shown = balances.body.docs.map((d: { goldsmith: { id: unknown } }) => d.goldsmith.id)
      expect(shown).toEqual(expect.arrayContaining([ids.goldsmith1, ids.goldsmith2]))
    })

  for (const who of [...buyers, null] as (PersonKey | null)[])
    it(`shows ${who ?? 'anonymous'} no ledger at all`, async () => {
      const token = who ? await tokenFor(who) : null
      const list = await api('/api/metal-ledger', { token })
      expect(list.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(list.body)).not.toContain('"kind"')
      expect(
        (await api(`/api/metal-ledger/${entries.goldsmith1}`, { token })).status,
      ).toBeGreaterThanOrEqual(400)
      expect((await api('/api/metal-ledger/balances', { token })).status).toBe(who ? 403 : 401)
      const res = await gql('{ MetalLedgerEntries { docs { id weight } } }', token)
      expect(res.data?.MetalLedgerEntries ?? null).toBeNull()
    })

  it('keeps the wastage norms out of the catalogue for everyone but staff', async () => {
    for (const who of [null, 'customer1', 'vendor1', 'goldsmith1'] as const) {
      const res = await api(`/api/categories/${normedCategory}`, {
        token: who ? await tokenFor(who) : null,
      })
      expect(res.status).toBe(200)
      // Payload answers a field its reader may not see as an empty list; none of its rows.
      expect(res.body.wastageNorms ?? [], who ?? 'anonymous').toEqual([])
    }
    const staff = await api(`/api/categories/${normedCategory}`, {
      token: await tokenFor('staff2'),
    })
    expect(staff.body.wastageNorms).toMatchObject([
      { purity: '22K', percent: 3 },
      { purity: '18K', percent: 5 },
    ])
  })
})

describe('ledger: the karigar’s account page', () => {
  const page = async (token: string) => {
    // As the shop's own pages send it: a cookie counts only on a same-origin request.
    const res = await api('/account', {
      headers: { Cookie: `payload-token=${token}`, Origin: baseURL() },
    })
    expect(res.status).toBe(200)
    return String(res.body)
  }

  it('shows the karigar the metal they hold, as the balances API adds it up', async () => {
    await assignedOrder(karigar.id, { weight: 2.5, purity: '22K' })
    const { purities } = await karigarBalance()
    const held = purities.find((row: { purity: string }) => row.purity === '22K')
    expect(held.balance).toBeGreaterThanOrEqual(2.5)
    const html = await page(karigar.token)
    expect(html).toContain('Metal with you')
    expect(html).toContain(`${held.balance.toFixed(3)} g`)
    expect(html).toContain(`${held.fineBalance.toFixed(3)} g`)
  })

  it('shows no metal to a buyer', async () => {
    expect(await page(await tokenFor('customer1'))).not.toContain('Metal with you')
  })
})
