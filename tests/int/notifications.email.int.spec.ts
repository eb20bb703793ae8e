import { describe, expect, inject, it } from 'vitest'

import { api, tokenFor } from '../helpers/http'
import { huidsFor } from '../helpers/huids'
import { placeOrder, staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'
import { people, testPassword } from '../helpers/people'
import { receivedMail, rejectMailTo, waitForMail } from '../helpers/smtp'

const { ids } = inject('fixtures')

/** The signed-in person's notifications about one order, newest first. */
const notificationsOf = async (who: PersonKey, orderId: number | string) =>
  (
    await api(`/api/notifications?where[order][equals]=${orderId}&depth=0&limit=50`, {
      token: await tokenFor(who),
    })
  ).body.docs as any[]

const mentions = (orderId: string) => (m: { subject: string; text: string }) =>
  m.subject.includes(orderId) || m.text.includes(orderId)

describe('notifications and email: each order event reaches the right person', () => {
  it('walks an order from placement to delivery, telling each party in app and by email', async () => {
    const order = await placeOrder('customer1')
    const full = await staffView(order.id)
    const id: string = order.orderId

    // Placed → staff.
    const toStaff = await waitForMail(people.admin1.email, mentions(id))
    expect(toStaff.subject).toContain('New order')
    expect((await notificationsOf('staff1', order.id)).map((n) => n.type)).toContain('order_placed')

    // Accepted → the placer, in a text and an HTML part, branded.
    expect((await transition('staff1', order.id, { action: 'accept' })).status).toBe(200)
    expect((await notificationsOf('customer1', order.id)).map((n) => n.type)).toContain(
      'order_accepted',
    )
    const accepted = await waitForMail(people.customer1.email, (m) =>
      m.subject.startsWith(`Your order is accepted: ${id}`),
    )
    expect(accepted.text).toContain(`Order ${id} is accepted`)
    expect(accepted.html).toContain(`Order ${id} is accepted`)
    expect(accepted.html).toMatch(/<html/i)
    expect(accepted.to).toEqual([people.customer1.email])

    // Assigned → the goldsmith, and nothing about the buyer or the money.
    const assign = await transition('staff1', order.id, {
      action: 'assign',
      goldsmith: ids.goldsmith1,
    })
    expect(assign.status).toBe(200)
    const [assigned] = await notificationsOf('goldsmith1', order.id)
    expect(assigned.type).toBe('order_assigned')
    const toGoldsmith = await waitForMail(people.goldsmith1.email, mentions(id))
    expect(toGoldsmith.to).toEqual([people.goldsmith1.email])
    const leaks = [
      full.customerSnapshot.name,
      full.customerSnapshot.phone,
      full.customerSnapshot.address,
      full.customerSnapshot.email,
      String(full.totalAmount),
      ...full.items.map((i: any) => String(i.priceAtOrder)),
    ]
    for (const text of [
      JSON.stringify(assigned),
      toGoldsmith.subject,
      toGoldsmith.text,
      toGoldsmith.html,
    ]) {
      for (const secret of leaks) expect(text).not.toContain(secret)
      expect(text).not.toMatch(/₹|INR|price/i)
    }
    // The other goldsmith hears nothing.
    expect(await notificationsOf('goldsmith2', order.id)).toEqual([])

    // Completed by the goldsmith → staff.
    expect((await transition('goldsmith1', order.id, { action: 'complete' })).status).toBe(200)
    await waitForMail(people.staff2.email, (m) => m.subject.startsWith('Order completed'))

    // Dispatched and delivered → the placer.
    expect(
      (await transition('staff1', order.id, { action: 'dispatch', huids: huidsFor(order) })).status,
    ).toBe(200)
    await waitForMail(people.customer1.email, (m) =>
      m.subject.startsWith('Your order is on its way'),
    )
    expect((await transition('staff1', order.id, { action: 'deliver' })).status).toBe(200)
    await waitForMail(people.customer1.email, (m) =>
      m.subject.startsWith('Your order is delivered'),
    )
    expect((await notificationsOf('customer1', order.id)).map((n) => n.type).sort()).toEqual([
      'order_accepted',
      'order_delivered',
      'order_dispatched',
    ])
    // Nobody but the placer was told of dispatch or delivery.
    expect((await notificationsOf('customer2', order.id)).length).toBe(0)
  })

  it('tells each staff account of a new order once: its own notification and one email', async () => {
    const order = await placeOrder('customer2')
    const staff = ['admin1', 'admin2', 'staff1', 'staff2'] as const
    const notes = await Promise.all(staff.map((who) => notificationsOf(who, order.id)))
    for (const own of notes)
      expect(own.map((n) => [n.type, n.read])).toEqual([['order_placed', false]])
    expect(new Set(notes.map(([n]) => n.id)).size).toBe(staff.length)
    for (const who of staff) await waitForMail(people[who].email, mentions(order.orderId))
    for (const who of staff) {
      const mails = receivedMail().filter((m) => m.to.includes(people[who].email))
      expect(mails.filter(mentions(order.orderId))).toHaveLength(1)
    }
    // Each read flag is its own: one staff member reading leaves the others' unread.
    const read = await api(`/api/notifications/${notes[0][0].id}`, {
      method: 'PATCH',
      token: await tokenFor(staff[0]),
      body: { read: true },
    })
    expect(read.status).toBe(200)
    expect((await notificationsOf(staff[1], order.id))[0].read).toBe(false)
  })

  it('emails an approved vendor the rejection of its order with the reason', async () => {
    const order = await placeOrder('vendor1')
    const res = await transition('staff1', order.id, {
      action: 'reject',
      reason: 'Design not feasible',
    })
    expect(res.status).toBe(200)
    const mail = await waitForMail(people.vendor1.email, mentions(order.orderId))
    expect(mail.text).toContain('Design not feasible')
  })
})

describe('email: an SMTP outage never fails the business action', () => {
  it('accepts the order while mail to the buyer bounces, then delivers it on a retry', async () => {
    const email = `outage-${Date.now()}@test.example`
    const registered = await api('/api/customers', {
      body: { email, password: testPassword, name: 'Outage Buyer', phone: '9876543210' },
    })
    expect(registered.status).toBe(201)
    const login = await api('/api/customers/login', { body: { email, password: testPassword } })
    const placed = await api('/api/orders', {
      token: login.body.token,
      body: {
        items: [{ product: inject('fixtures').products[0].id, quantity: 1, size: '14' }],
        customerSnapshot: { phone: '9876543210', address: '1 Outage Lane, Pune' },
      },
    })
    expect(placed.status).toBe(201)
    const order = placed.body.doc

    rejectMailTo(email)
    try {
      const res = await transition('staff1', order.id, { action: 'accept' })
      expect(res.status).toBe(200)
      expect((await staffView(order.id)).status).toBe('accepted')
      const mine = await api(`/api/notifications?where[order][equals]=${order.id}`, {
        token: login.body.token,
      })
      expect(mine.body.docs.map((n: any) => n.type)).toEqual(['order_accepted'])

      // The failed attempt is kept on the job, for an admin to see, and the job waits to retry.
      // The queue may hold the 500-order test's emails ahead of this one (see waitForMailIn).
      const deadline = Date.now() + 180_000
      let job: any
      while (Date.now() < deadline) {
        const jobs = await api(
          '/api/payload-jobs?where[taskSlug][equals]=sendNotificationEmail&limit=200&depth=0',
          { token: await tokenFor('admin1') },
        )
        expect(jobs.status).toBe(200)
        job = jobs.body.docs.find((j: any) => j.input?.to === email)
        if (job?.totalTried >= 1) break
        await new Promise((r) => setTimeout(r, 500))
      }
      expect(job.totalTried).toBeGreaterThanOrEqual(1)
      expect(JSON.stringify(job.log)).toMatch(/451|temporarily unavailable/i)
      expect(job.completedAt ?? null).toBeNull()
    } finally {
      rejectMailTo()
    }
    const mail = await waitForMail(email, mentions(order.orderId), 60_000)
    expect(mail.subject).toContain('Your order is accepted')
  })

  it('does not let anyone but an admin read the email queue', async () => {
    for (const who of ['staff1', 'customer1', 'vendor1', 'goldsmith1'] as const) {
      const res = await api('/api/payload-jobs', { token: await tokenFor(who) })
      expect(res.status).toBe(403)
    }
    expect(
      (await api('/api/payload-jobs/run', { token: await tokenFor('customer1') })).status,
    ).toBe(401)
  })
})

describe('notifications: each recipient reads and marks only its own', () => {
  it('hides another person’s notification and refuses marking it', async () => {
    const order = await placeOrder('customer1')
    await transition('staff1', order.id, { action: 'accept' })
    const [own] = await notificationsOf('customer1', order.id)
    expect(own.read).toBe(false)
    const peer = await tokenFor('customer2')
    expect((await api(`/api/notifications/${own.id}`, { token: peer })).status).toBe(404)
    const patch = await api(`/api/notifications/${own.id}`, {
      method: 'PATCH',
      token: peer,
      body: { read: true },
    })
    expect([403, 404]).toContain(patch.status)
    const after = await api(`/api/notifications/${own.id}`, {
      token: await tokenFor('customer1'),
    })
    expect(after.body.read).toBe(false)
  })

  it('refuses the recipient rewriting the message or recipient of its own notification', async () => {
    const order = await placeOrder('customer1')
    await transition('staff1', order.id, { action: 'accept' })
    const [own] = await notificationsOf('customer1', order.id)
    const token = await tokenFor('customer1')
    await api(`/api/notifications/${own.id}`, {
      method: 'PATCH',
      token,
      body: {
        message: 'forged',
        recipient: { relationTo: 'customers', value: ids.customer2 },
        read: true,
      },
    })
    const after = await api(`/api/notifications/${own.id}?depth=0`, { token })
    expect(after.body.message).toBe(own.message)
    expect(after.body.read).toBe(true)
  })

  it('counts unread notifications and marks all of them read, for the caller only', async () => {
    const peerOrder = await placeOrder('vendor1')
    await transition('staff1', peerOrder.id, { action: 'accept' })
    const [peerNote] = await notificationsOf('vendor1', peerOrder.id)
    expect(peerNote.read).toBe(false)

    const vendor = await tokenFor('vendor2')
    const order = await placeOrder('vendor2')
    await transition('staff1', order.id, { action: 'accept' })
    const before = await api('/api/notifications/unread-count', { token: vendor })
    expect(before.status).toBe(200)
    expect(before.body.unread).toBeGreaterThanOrEqual(1)
    const marked = await api('/api/notifications/mark-all-read', { method: 'POST', token: vendor })
    expect(marked.status).toBe(200)
    expect(marked.body.marked).toBeGreaterThanOrEqual(before.body.unread)
    expect((await api('/api/notifications/unread-count', { token: vendor })).body.unread).toBe(0)
    const [own] = await notificationsOf('vendor2', order.id)
    expect(own.read).toBe(true)

    const peerAfter = await api(`/api/notifications/${peerNote.id}`, {
      token: await tokenFor('vendor1'),
    })
    expect(peerAfter.body.read).toBe(false)
    expect((await api('/api/notifications/unread-count')).status).toBe(401)
  })
})
