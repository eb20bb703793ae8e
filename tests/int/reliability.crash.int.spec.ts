import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/databaseUrl'
import { insertMany } from '@/operations/insertMany'
import { notify } from '@/operations/notify'
import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'

import { untilBlockedOnLock } from '../helpers/crashRace'
import { withInsertsFailing } from '../helpers/crashFault'
import { burstThenKill, callerOf, startCrashServer } from '../helpers/crashServer'
import { newVendorBody, uniqueEmail } from '../helpers/accounts'
import type { Fixtures } from '../helpers/fixtures'
import { createFixtures } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/localPayload'
import { testPassword } from '../helpers/people'

const onPostgres = databaseKind(process.env.DATABASE_URL) === 'postgres'

describe('notifications: a recipient deleted while an event tells all staff', () => {
  let payload: Payload
  const newStaff = async () =>
    (
      await payload.create({
        collection: 'users',
        data: {
          email: uniqueEmail('race-staff'),
          password: testPassword,
          name: 'S',
          role: 'staff',
        },
      })
    ).id
  const told = async (id: number | string) =>
    (
      await payload.find({
        collection: 'notifications',
        where: { 'recipient.value': { equals: id }, 'recipient.relationTo': { equals: 'users' } },
        depth: 0,
      })
    ).totalDocs
  const mailedTo = async (email: string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { 'input.to': { equals: email } },
        depth: 0,
      })
    ).totalDocs
  const withTransaction = async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    return req as PayloadRequest
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('skips a recipient that no longer exists and writes the others', async () => {
    const [kept, gone] = [await newStaff(), await newStaff()]
    await payload.delete({ collection: 'users', id: gone })
    const ids = await insertMany(await createLocalReq({}, payload), 'notifications', [
      { recipient: { relationTo: 'users', value: kept }, type: 'order_placed', message: 'kept' },
      { recipient: { relationTo: 'users', value: gone }, type: 'order_placed', message: 'gone' },
    ])
    expect(ids[0]).not.toBeNull()
    expect(ids[1]).toBeNull()
    expect([await told(kept), await told(gone)]).toEqual([1, 0])
  })

  // SQLite has one writer at a time: a deletion cannot land inside the event's transaction there.
  it.skipIf(!onPostgres)(
    'tells the staff who remain when one is deleted between reading the staff and writing',
    async () => {
      const staff = [await newStaff(), await newStaff(), await newStaff()]
      const emails = await Promise.all(
        staff.map(async (id) => (await payload.findByID({ collection: 'users', id })).email),
      )
      // The deletion is made but not yet committed: the event still reads all three staff, and its
      // write reaches the deleted row and waits for the deletion's outcome.
      const deletion = await withTransaction()
      await payload.delete({ collection: 'users', id: staff[1], req: deletion })
      const event = await withTransaction()
      const telling = notify(event, 'order_placed', {}).then(
        () => null,
        (error: unknown) => error,
      )
      await untilBlockedOnLock(process.env.DATABASE_URL!)
      await commitTransaction(deletion)
      expect(await telling).toBeNull()
      await commitTransaction(event)
      expect(await Promise.all(staff.map(told))).toEqual([1, 0, 1])
      expect(await Promise.all(emails.map(mailedTo))).toEqual([1, 0, 1])
    },
  )
})

/** Sorted copies, for comparing sets of ids that may repeat. */
const sorted = <T>(values: T[]) => [...values].map(String).sort()

describe('crash: a SIGKILL in the middle of a burst', () => {
  let databaseUrl: string
  let server: NextServer
  let fixtures: Fixtures
  let restarts = 0
  const call = callerOf(() => server)
  const staffKeys = ['admin1', 'admin2', 'staff1', 'staff2'] as const
  const admin = () => fixtures.tokens.admin1
  const list = async (path: string, token = admin()) => {
    const res = await call(`${path}${path.includes('?') ? '&' : '?'}depth=0&limit=5000`, { token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.docs as any[]
  }
  /**
   * How many requests of a burst are in flight at once: all of them on PostgreSQL. SQLite's driver
   * runs each statement synchronously, so a server holding the whole burst can commit every
   * request before it flushes its first answer, leaving the kill nothing to cut off.
   */
  const inFlight = (all: number, onSqlite: number) =>
    databaseUrl.startsWith('postgres') ? all : onSqlite
  /** A new server on the same database, as an operator would restart the service. */
  const restart = async () => {
    server = await startCrashServer(databaseUrl, `crash-server-${++restarts}`)
  }

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase('crash')
    server = await startCrashServer(databaseUrl, 'crash-server-0')
    fixtures = await createFixtures(call)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('keeps every acknowledged order whole and uniquely numbered, and no half-written one', async () => {
    const buyers = ['customer1', 'customer2', 'vendor1', 'vendor2'] as const
    const { products } = fixtures
    const bodyFor = (i: number) => ({
      items: [
        { product: products[1].id, quantity: 1 + (i % 3), notes: `crash item ${i}` },
        { product: products[2 + (i % 3)].id, quantity: 1 },
      ],
      customerSnapshot: { phone: '98765 43210', address: `${i} Crash Lane, Jaipur` },
      instructions: `crash order ${i}`,
    })
    const place = (i: number) =>
      call('/api/orders?depth=0', { token: fixtures.tokens[buyers[i % 4]], body: bodyFor(i) })

    const total = 320
    const { outcomes, inFlightAtKill } = await burstThenKill(
      server,
      total,
      5,
      place,
      (res) => (res.status === 201 ? (res.body.doc as any) : null),
      inFlight(total, 32),
    )
    const acked = outcomes.flatMap((o, i) => (o.ok ? [{ i, doc: o.value }] : []))
    // The kill came mid-burst; every request it did not cut off was acknowledged.
    expect(inFlightAtKill).toBeGreaterThan(0)
    expect(acked.length).toBeGreaterThanOrEqual(5)
    expect(outcomes.filter((o) => !o.ok && o.status !== undefined)).toEqual([])
    await restart()

    // Every acknowledged order reads back to its buyer exactly as acknowledged.
    const own = new Map<string, any>()
    for (const buyer of buyers)
      for (const doc of await list('/api/orders', fixtures.tokens[buyer]))
        own.set(String(doc.id), doc)
    for (const { i, doc } of acked) {
      expect(own.get(String(doc.id)), `order ${i}`).toEqual(doc)
      expect(doc.instructions).toBe(`crash order ${i}`)
    }

    // Whatever is stored (acknowledged, or committed as the connection dropped) is whole.
    const orders = await list('/api/orders')
    const orderIds = orders.map((o) => o.orderId as string)
    expect(new Set(orderIds).size).toBe(orders.length)
    expect(orders.length).toBeGreaterThanOrEqual(acked.length)
    // …and the kill cut the server off before it had written them all.
    expect(orders.length).toBeLessThan(total)
    for (const order of orders) {
      expect(order.orderId).toMatch(/^\d{8,}$/)
      expect(order.items).toHaveLength(2)
      for (const item of order.items) {
        expect(item.productSnapshot?.name).toBeTruthy()
        expect(item.priceAtOrder).toBeGreaterThan(0)
      }
      expect(order.history).toMatchObject([
        { action: 'place', to: 'ordered', actor: { relationTo: order.placedBy.relationTo } },
      ])
      expect(order.history[0].actor.value).toBe(order.placedBy.value)
    }
    const counted = await call('/api/graphql', {
      token: admin(),
      body: { query: '{ Orders(limit: 1) { totalDocs } }' },
    })
    expect(counted.body.data.Orders.totalDocs).toBe(orders.length)

    // Each order told every staff member once, and queued one email for each.
    const byOrder = sorted(orders.map((o) => o.id))
    const told = new Set<string>()
    for (const key of staffKeys) {
      const notes = await list(
        '/api/notifications?where[type][equals]=order_placed',
        fixtures.tokens[key],
      )
      expect(sorted(notes.map((n) => n.order)), key).toEqual(byOrder)
      for (const n of notes) told.add(String(n.id))
    }
    const emails = (await list('/api/payload-jobs')).filter((job) =>
      String(job.input?.subject).startsWith('New order: '),
    )
    expect(emails).toHaveLength(orders.length * staffKeys.length)
    expect(sorted(emails.map((job) => job.input.notification))).toEqual(sorted([...told]))
    for (const orderId of orderIds)
      expect(
        emails.filter((job) => job.input.subject.startsWith(`New order: ${orderId} `)),
        orderId,
      ).toHaveLength(staffKeys.length)
    // (A placement's audit record is the order's own first history entry: lib/auditDiff.ts.)

    // Numbering carries on after the restart: no number anyone was given comes round again.
    const after = await Promise.all(
      Array.from({ length: 20 }, (_, n) => place(total + n).then((res) => res.body.doc?.orderId)),
    )
    expect(after.every((id) => typeof id === 'string')).toBe(true)
    expect(new Set([...orderIds, ...after]).size).toBe(orderIds.length + after.length)
    console.log(
      `orders: ${acked.length} of ${total} acknowledged before the kill (${inFlightAtKill} in flight), ${orders.length} found after restart, all whole`,
    )
  })

  it('keeps every acknowledged vendor approval with its own VND id, and no half-made one', async () => {
    const count = 40
    const vendors: { id: string | number; email: string }[] = []
    // A few sign-ups at a time: twenty at once (password hashing on a busy 2-core machine) once made
    // the sign-up throttle's own PostgreSQL pool time out connecting, a 500 this test is not about.
    for (let start = 0; start < count; start += 5) {
      const batch = await Promise.all(
        Array.from({ length: 5 }, () =>
          call('/api/vendors', { body: newVendorBody({ email: uniqueEmail('crash-vendor') }) }),
        ),
      )
      for (const res of batch) {
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        vendors.push({ id: res.body.doc.id, email: res.body.doc.email })
      }
    }
    const approve = (i: number) =>
      call(`/api/vendors/${vendors[i].id}?depth=0`, {
        method: 'PATCH',
        token: fixtures.tokens[staffKeys[i % staffKeys.length]],
        body: { status: 'approved' },
      })
    // Approvals are quick and answered well after they commit: the kill comes at the first few.
    const { outcomes, inFlightAtKill } = await burstThenKill(
      server,
      count,
      3,
      approve,
      (res) => (res.status === 200 ? (res.body.doc.vendorId as string) : null),
      inFlight(count, 8),
    )
    const acked = outcomes.flatMap((o, i) => (o.ok ? [{ i, vendorId: o.value }] : []))
    expect(inFlightAtKill).toBeGreaterThan(0)
    expect(acked.length).toBeGreaterThanOrEqual(3)
    expect(outcomes.filter((o) => !o.ok && o.status !== undefined)).toEqual([])
    await restart()

    const stored = new Map(
      (await list('/api/vendors?where[email][like]=crash-vendor')).map((v) => [String(v.id), v]),
    )
    expect(stored.size).toBe(count)
    for (const { i, vendorId } of acked) {
      expect(vendorId).toMatch(/^VND\d{3,}$/)
      expect(stored.get(String(vendors[i].id))).toMatchObject({ status: 'approved', vendorId })
    }
    // Approved exactly when it has an id; each approval told its vendor (by email too: the job
    // names the notification) and left one audit entry; the still-pending ones have neither.
    const jobs = await list('/api/payload-jobs')
    const audited = await list('/api/audit-logs?where[target][equals]=vendors')
    for (const { id, email } of vendors) {
      const vendor = stored.get(String(id))
      const approved = vendor.status === 'approved'
      expect(['approved', 'pending'], email).toContain(vendor.status)
      expect(Boolean(vendor.vendorId), email).toBe(approved)
      const mails = jobs.filter((job) => job.input?.to === email && job.input?.notification)
      const decided = audited.filter(
        (entry) => entry.operation === 'update' && String(entry.targetId) === String(id),
      )
      expect([mails.length, decided.length], email).toEqual(approved ? [1, 1] : [0, 0])
    }
    const all = await list('/api/vendors')
    const vendorIds = all.flatMap((v) => (v.vendorId ? [v.vendorId as string] : []))
    expect(new Set(vendorIds).size).toBe(vendorIds.length)

    // Approvals after the restart (of some the kill cut off) get ids nobody had.
    const pending = vendors.filter(({ id }) => stored.get(String(id)).status === 'pending')
    expect(pending.length).toBeGreaterThan(0)
    const later = await Promise.all(
      pending.slice(0, 10).map(({ id }, n) =>
        call(`/api/vendors/${id}?depth=0`, {
          method: 'PATCH',
          token: fixtures.tokens[staffKeys[n % staffKeys.length]],
          body: { status: 'approved' },
        }).then((res) => res.body.doc?.vendorId as string),
      ),
    )
    expect(later.every((id) => /^VND\d{3,}$/.test(id))).toBe(true)
    expect(new Set([...vendorIds, ...later]).size).toBe(vendorIds.length + later.length)
    console.log(
      `vendor approvals: ${acked.length} of ${count} acknowledged before the kill (${inFlightAtKill} in flight), ${vendorIds.length} vendors with ids after restart, all approved and audited`,
    )
  })
  it('leaves nothing of an order, or of an approval, whose last write fails', async () => {
    const totals = async () => {
      const total = async (path: string) =>
        (await call(`${path}?limit=1&depth=0`, { token: admin() })).body.totalDocs as number
      return {
        orders: await total('/api/orders'),
        notifications: await total('/api/notifications'),
        emails: await total('/api/payload-jobs'),
        audit: await total('/api/audit-logs'),
      }
    }
    const order = {
      items: [{ product: fixtures.products[1].id, quantity: 1 }],
      customerSnapshot: { phone: '98765 43210', address: '1 Fault Lane, Jaipur' },
    }
    const place = () => call('/api/orders?depth=0', { token: fixtures.tokens.vendor1, body: order })
    const before = await totals()
    // A placement's email jobs are its last write; an approval's audit entry is its last.
    const failed = await withInsertsFailing(databaseUrl, 'payload_jobs', place)
    expect(failed.status).toBe(500)
    expect(await totals()).toEqual(before)

    const registered = await call('/api/vendors', {
      body: newVendorBody({ email: uniqueEmail('fault-vendor') }),
    })
    const vendor = `/api/vendors/${registered.body.doc.id}?depth=0`
    const approve = () =>
      call(vendor, { method: 'PATCH', token: admin(), body: { status: 'approved' } })
    const registeredTotals = await totals()
    const refused = await withInsertsFailing(databaseUrl, 'audit_logs', approve)
    expect(refused.status).toBe(500)
    expect(await totals()).toEqual(registeredTotals)
    const after = (await call(vendor, { token: admin() })).body
    expect([after.status, after.vendorId ?? null]).toEqual(['pending', null])

    // With the fault gone, both go through.
    expect((await place()).status).toBe(201)
    expect((await approve()).body.doc?.vendorId).toMatch(/^VND\d{3,}$/)
  })
})
