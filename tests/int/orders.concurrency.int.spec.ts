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
    const started = performance.now()
    const results: Awaited<ReturnType<typeof api<any>>>[] = []
    let next = 0
    const worker = async () => {
      while (next < total) {
        const i = next++
        results[i] = await api('/api/orders', {
          token: tokens[i % tokens.length],
          body: orderBody({ instructions: `load ${i}` }),
        })
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const seconds = (performance.now() - started) / 1000
    const failures = results.filter((r) => r.status !== 201)
    expect(failures.map((r) => `${r.status} ${JSON.stringify(r.body)}`).slice(0, 3)).toEqual([])
    const ids = results.map((r) => r.body.doc.orderId as string)
    expect(new Set(ids).size).toBe(total)
    console.log(
      `placed ${total} orders, ${concurrency} in flight, in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} orders/s`,
    )

    const admin = await tokenFor('admin1')
    const stored = await api(`/api/orders?where[instructions][like]=load&limit=0`, { token: admin })
    expect(stored.body.totalDocs).toBeGreaterThanOrEqual(total)
    const sample = ids.slice(0, 20).join(',')
    const found = await api(`/api/orders?where[orderId][in]=${sample}&limit=50&depth=0`, {
      token: admin,
    })
    expect(found.body.totalDocs).toBe(20)
  }, 600_000)
})
