import { describe, expect, it } from 'vitest'

import { api, tokenFor } from '../helpers/http'
import { orderBody } from '../helpers/orders'

const countWith = async (instructions: string) =>
  (
    await api(
      `/api/orders?where[instructions][equals]=${encodeURIComponent(instructions)}&limit=10`,
      {
        token: await tokenFor('admin1'),
      },
    )
  ).body.totalDocs as number

describe('orders: a retried placement with the same Idempotency-Key', () => {
  it('answers 409 with the order already placed, and stores one order', async () => {
    const token = await tokenFor('customer1')
    const key = `retry-${Date.now()}`
    const instructions = `idempotent ${key}`
    const request = {
      token,
      body: orderBody({ instructions }),
      headers: { 'Idempotency-Key': key },
    }
    const first = await api('/api/orders', request)
    expect(first.status).toBe(201)
    const again = await api('/api/orders', request)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe(
      `This order was already placed as ${first.body.doc.orderId}`,
    )
    expect(again.body.errors[0].data).toEqual({
      id: first.body.doc.id,
      orderId: first.body.doc.orderId,
    })
    expect(await countWith(instructions)).toBe(1)
  })

  it("keeps one account's key from matching another account's order", async () => {
    const key = `shared-${Date.now()}`
    const instructions = `shared ${key}`
    for (const who of ['customer1', 'customer2'] as const) {
      const res = await api('/api/orders', {
        token: await tokenFor(who),
        body: orderBody({ instructions }),
        headers: { 'Idempotency-Key': key },
      })
      expect(res.status).toBe(201)
    }
    expect(await countWith(instructions)).toBe(2)
  })

  it('refuses a malformed key, naming the header, and places nothing', async () => {
    const instructions = `bad key ${Date.now()}`
    const res = await api('/api/orders', {
      token: await tokenFor('customer1'),
      body: orderBody({ instructions }),
      headers: { 'Idempotency-Key': 'no spaces allowed' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^Idempotency-Key must be/)
    expect(await countWith(instructions)).toBe(0)
  })

  it('never shows the stored key to the buyer', async () => {
    const res = await api('/api/orders', {
      token: await tokenFor('vendor1'),
      body: orderBody(),
      headers: { 'Idempotency-Key': `hidden-${Date.now()}` },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).not.toHaveProperty('idempotencyKey')
    const read = await api(`/api/orders/${res.body.doc.id}`, { token: await tokenFor('vendor1') })
    expect(read.body).not.toHaveProperty('idempotencyKey')
  })
})
