import type { PayloadRequest } from 'payload'

import { createFreshDatabase } from './lib/databases'
import { throwawaySecret } from './lib/nextServer'

/**
 * `npm run profile:order`: where one order placement's time goes, phase by phase, through the
 * Local API as the REST route runs it (the approved demo vendor, access enforced, depth 2 as the
 * API answers by default, then depth 0). Seeds demo data into a fresh database (SQLite, or a new
 * database on PROFILE_DATABASE_URL's PostgreSQL server), marks the boundary of every hook stage
 * of the orders collection and the adapter's insert, places PROFILE_ORDERS orders (200) after 30
 * to warm up, and prints each phase's median. What HTTP adds (routing, sign-in check, JSON) is the
 * bench's one-connection order row minus this total.
 */
const orders = Number(process.env.PROFILE_ORDERS || 200)
const warmUp = 30
const databaseUrl = await createFreshDatabase('profile', process.env.PROFILE_DATABASE_URL)
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: throwawaySecret('profile'),
  SERVER_URL: 'http://127.0.0.1:3000',
  // The job runner would send the queued emails in between: measured apart, by the bench.
  JOBS_AUTORUN: 'false',
})
const { getPayload, createLocalReq } = await import('payload')
const { default: config } = await import('@payload-config')
const { seedDatabase } = await import('./seed/seedDatabase')
const { demoAccounts } = await import('./seed/accounts')

const payload = await getPayload({ config })
console.log(`Seeding demo data into ${databaseUrl.split('?')[0]}…`)
await seedDatabase(payload, { mode: 'demo' })

// Phase boundaries, in the order Payload's create operation passes them.
let marks: [string, number][] = []
const mark = (phase: string) => marks.push([phase, performance.now()])
type Hook = (args: Record<string, unknown>) => unknown
const passOn = (phase: string): Hook => {
  return (args) => {
    mark(phase)
    return args.args ?? args.data ?? args.doc ?? args.result
  }
}
const hooks = payload.collections.orders.config.hooks as unknown as Record<string, Hook[]>
hooks.beforeOperation!.push(passOn('access, input and repeat checks (beforeOperation)'))
hooks.beforeValidate!.push(passOn('field defaults, buyer input check (beforeValidate)'))
hooks.beforeChange!.push(
  passOn('placer, item snapshots and prices, order ID, ready date (beforeChange hooks)'),
)
hooks.afterRead = [
  ...(hooks.afterRead ?? []),
  passOn('response: population, field access (afterRead)'),
]
hooks.afterChange!.unshift(passOn('field afterChange hooks'))
hooks.afterChange!.push(passOn('staff notifications, email jobs, audit (afterChange hooks)'))
hooks.afterOperation!.push(passOn('commit (afterOperation)'))
const adapter = payload.db as unknown as { create: (args: unknown) => Promise<unknown> }
const insert = adapter.create.bind(adapter)
adapter.create = async (args) => {
  mark('field rules (beforeChange fields)')
  const doc = await insert(args)
  mark('insert and read back (adapter create)')
  return doc
}

const { docs: vendors } = await payload.find({
  collection: 'vendors',
  where: { email: { equals: demoAccounts.vendors[0]!.email } },
  overrideAccess: true,
})
const vendor = { ...vendors[0]!, collection: 'vendors' as const }
const { docs: products } = await payload.find({
  collection: 'products',
  where: { status: { equals: 'published' } },
  limit: 2,
  depth: 0,
  overrideAccess: true,
})
const data = {
  items: products.map((p, i) => ({ product: p.id, quantity: i + 1, size: p.sizes?.[0] })),
  customerSnapshot: { address: '12 MG Road, Jaipur', pincode: '302001', phone: '9829011111' },
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
for (const depth of [2, 0]) {
  const phases = new Map<string, number[]>()
  for (let i = 0; i < warmUp + orders; i++) {
    marks = []
    const req: PayloadRequest = await createLocalReq({ user: vendor as never }, payload)
    const started = performance.now()
    mark('start')
    await payload.create({
      collection: 'orders',
      data: data as never,
      req,
      user: vendor as never,
      overrideAccess: false,
      depth,
    })
    mark('answer')
    if (i < warmUp) continue
    marks.slice(1).forEach(([phase, at], m) => {
      const list = phases.get(phase) ?? phases.set(phase, []).get(phase)!
      list.push(at - marks[m]![1])
    })
    const list = phases.get('total') ?? phases.set('total', []).get('total')!
    list.push(performance.now() - started)
  }
  console.log(`\nOne order (2 lines), depth ${depth}, median of ${orders} (ms):`)
  for (const [phase, values] of phases)
    console.log(`${median(values).toFixed(2).padStart(8)}  ${phase}`)
}
process.exit(0)
