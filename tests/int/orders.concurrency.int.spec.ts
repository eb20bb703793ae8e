import { describe, expect, it } from 'vitest'

import { api, tokenFor } from '../helpers/http'
import { orderBody } from '../helpers/orders'

const total = 500
// In flight at once: enough to race every step of ID issuing, few enough for a 2-core CI machine.
const concurrency = 20

describe('orders: IDs under concurrency', () => {
  it(`gives ${total} orders placed ${concurrency} at a time ${total} distinct ids, all stored`, async () => {
    const tokens = await Promise.all(
      (['customer1', 'customer2', 'vendor1', 'vendor2'] as const).map(tokenFor),
    )
    const run = Date.now().toString(36)
    let retried = 0
    // As a phone would: when the connection drops before an answer, send the same request again
    // with the same Idempotency-Key; the server then answers 409 if the first one had landed.
    const place = async (i: number) => {
      const request = {
        token: tokens[i % tokens.length],
        body: orderBody({ instructions: `load ${run} ${i}` }),
        headers: { 'Idempotency-Key': `load-${run}-${i}` },
      }
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await api('/api/orders', request)
          if (res.status === 409) return res.body.errors[0].data.orderId as string
          expect(res.status, JSON.stringify(res.body)).toBe(201)
          return res.body.doc.orderId as string
        } catch (error) {
          if (attempt === 3 || !(error instanceof TypeError)) throw error
          retried++
        }
      }
    }
    const started = performance.now()
    const ids: string[] = []
    let next = 0
    const worker = async () => {
      while (next < total) {
        const i = next++
        ids[i] = await place(i)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const seconds = (performance.now() - started) / 1000
    expect(new Set(ids).size).toBe(total)
    console.log(
      `placed ${total} orders, ${concurrency} in flight, in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} orders/s (${retried} sent again after a dropped connection)`,
    )

    // Exactly one stored order per request: none lost, none doubled by a retry.
    const admin = await tokenFor('admin1')
    const stored = await api(
      `/api/orders?where[instructions][like]=load ${run}&limit=1000&depth=0&select[orderId]=true`,
      { token: admin },
    )
    expect(stored.body.totalDocs).toBe(total)
    expect(new Set(stored.body.docs.map((doc: { orderId: string }) => doc.orderId))).toEqual(
      new Set(ids),
    )
  }, 600_000)
})
