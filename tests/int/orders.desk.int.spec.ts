import { describe, expect, inject, it } from 'vitest'

import { calendarDay } from '@/lib/orderId'

import { api, gql, tokenFor } from '../helpers/http'
import { placeOrder, staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')

type Order = { id: number; orderId: string }

const placed = async (): Promise<Order> => placeOrder('customer1')
const accepted = async () => {
  const order = await placed()
  expect((await transition('staff1', order.id, { action: 'accept' })).status).toBe(200)
  return order
}
const withKarigar = async () => {
  const order = await accepted()
  const res = await transition('staff2', order.id, { action: 'assign', goldsmith: ids.goldsmith1 })
  expect(res.status).toBe(200)
  return order
}
const made = async () => {
  const order = await withKarigar()
  expect((await transition('goldsmith1', order.id, { action: 'complete' })).status).toBe(200)
  return order
}
const held = async () => {
  const order = await withKarigar()
  const res = await transition('staff1', order.id, { action: 'hold', reason: 'Stone on order' })
  expect(res.status).toBe(200)
  return order
}

/** Notifications of `type` about `order` that `who` can read. */
const toldOf = async (who: PersonKey, order: Order, type: string) => {
  const res = await api(
    `/api/notifications?where[order][equals]=${order.id}&where[type][equals]=${type}&depth=0`,
    { token: await tokenFor(who) },
  )
  return res.body.docs as { message: string }[]
}

/** A day `days` after today in the business's time zone, `YYYY-MM-DD`. */
const dayAhead = (days: number) =>
  calendarDay(new Date(Date.now() + days * 86_400_000), 'Asia/Kolkata')

/** Asserts a refused request left the order exactly as it was. */
const refusedUnchanged = async (
  order: Order,
  attempt: () => Promise<{ status: number; body: unknown }>,
  status: number,
  text?: RegExp,
) => {
  const before = await staffView(order.id)
  const res = await attempt()
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  if (text) expect(JSON.stringify(res.body)).toMatch(text)
  const after = await staffView(order.id)
  expect([after.status, after.history.length, after.updatedAt, after.readyBy]).toEqual([
    before.status,
    before.history.length,
    before.updatedAt,
    before.readyBy,
  ])
}

describe('orders: staff hold and resume', () => {
  it('holds an order being made with a reason the buyer reads, and resumes it where it was', async () => {
    const order = await held()
    const onHold = await staffView(order.id)
    expect(onHold.status).toBe('on_hold')
    expect(Date.parse(onHold.heldAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(onHold.history.at(-1)).toMatchObject({
      action: 'hold',
      from: 'under_process',
      to: 'on_hold',
      actorRole: 'staff',
      note: 'Stone on order',
      noteVisibility: 'buyer',
    })
    expect(onHold.history.at(-1).actor).toEqual({ relationTo: 'users', value: ids.staff1 })
    const mine = (await api(`/api/orders/${order.id}`, { token: await tokenFor('customer1') })).body
    expect(mine.history.at(-1).note).toBe('Stone on order')

    const res = await transition('staff2', order.id, { action: 'resume' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await staffView(order.id)
    expect(after.status).toBe('under_process')
    expect(after.assignedGoldsmith).toBe(ids.goldsmith1)
    expect(after.history.at(-1)).toMatchObject({
      action: 'resume',
      from: 'on_hold',
      to: 'under_process',
    })
  })

  it('resumes an order held before assignment back to accepted', async () => {
    const order = await accepted()
    expect(
      (await transition('admin1', order.id, { action: 'hold', reason: 'Awaiting advance' })).status,
    ).toBe(200)
    expect((await transition('admin2', order.id, { action: 'resume' })).body.doc.status).toBe(
      'accepted',
    )
  })

  it('tells the buyer and the karigar of a hold and a resume, the karigar without the reason', async () => {
    const order = await held()
    const [buyer] = await toldOf('customer1', order, 'order_on_hold')
    expect(buyer.message).toContain('Stone on order')
    const [karigar] = await toldOf('goldsmith1', order, 'order_work_on_hold')
    expect(karigar.message).not.toContain('Stone')
    expect(await toldOf('goldsmith2', order, 'order_work_on_hold')).toEqual([])
    await transition('staff1', order.id, { action: 'resume' })
    expect(await toldOf('customer1', order, 'order_resumed')).toHaveLength(1)
    expect(await toldOf('goldsmith1', order, 'order_work_resumed')).toHaveLength(1)
  })

  it('requires a reason to hold, naming the field', async () => {
    const order = await withKarigar()
    await refusedUnchanged(
      order,
      () => transition('staff1', order.id, { action: 'hold', reason: ' ' }),
      400,
      /"field":"reason"/,
    )
  })

  it.each([
    ['goldsmith1', 403],
    ['goldsmith2', 404],
    ['customer1', 403],
    ['customer2', 404],
    ['vendor1', 404],
  ] as const)('refuses %s holding an order (%i)', async (who, status) => {
    const order = await withKarigar()
    await refusedUnchanged(
      order,
      () => transition(who, order.id, { action: 'hold', reason: 'mine' }),
      status,
    )
  })

  it.each([
    ['customer1', 403],
    ['goldsmith1', 403],
    ['customer2', 404],
  ] as const)('refuses %s resuming an order on hold (%i)', async (who, status) => {
    const order = await held()
    await refusedUnchanged(order, () => transition(who, order.id, { action: 'resume' }), status)
  })

  it('refuses the karigar completing an order on hold', async () => {
    const order = await held()
    await refusedUnchanged(
      order,
      () => transition('goldsmith1', order.id, { action: 'complete' }),
      409,
    )
  })

  it('refuses holding a placed or finished order', async () => {
    const order = await placed()
    await refusedUnchanged(
      order,
      () => transition('staff1', order.id, { action: 'hold', reason: 'x' }),
      409,
      /it must be 'accepted' or 'under_process' first/,
    )
    const done = await made()
    await refusedUnchanged(
      done,
      () => transition('staff1', done.id, { action: 'hold', reason: 'x' }),
      409,
      /only 'accepted' or 'under_process' orders can be put on hold/,
    )
  })
})

describe('orders: staff cancel', () => {
  it('cancels an order being made, with a reason for the buyer, telling buyer and karigar', async () => {
    const order = await withKarigar()
    const res = await transition('staff2', order.id, {
      action: 'cancel',
      reason: 'Design withdrawn',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await staffView(order.id)
    expect(after.status).toBe('cancelled')
    expect(after.history.at(-1)).toMatchObject({
      action: 'cancel',
      from: 'under_process',
      note: 'Design withdrawn',
      noteVisibility: 'buyer',
    })
    expect((await toldOf('customer1', order, 'order_cancelled_by_us'))[0]!.message).toContain(
      'Design withdrawn',
    )
    const [karigar] = await toldOf('goldsmith1', order, 'order_work_cancelled')
    expect(karigar.message).not.toContain('Design withdrawn')
  })

  it('requires a reason from staff, naming the field', async () => {
    const order = await accepted()
    await refusedUnchanged(
      order,
      () => transition('staff1', order.id, { action: 'cancel' }),
      400,
      /"field":"reason"/,
    )
  })

  it.each(['customer1', 'vendor1'] as const)(
    'refuses the placer (%s) cancelling once accepted',
    async (who) => {
      const order = await placeOrder(who)
      await transition('staff1', order.id, { action: 'accept' })
      await refusedUnchanged(
        order,
        () => transition(who, order.id, { action: 'cancel', reason: 'changed my mind' }),
        409,
        /only 'ordered' orders can be cancelled/,
      )
    },
  )

  it('refuses staff cancelling a placed order (it is rejected instead) or a finished one', async () => {
    const order = await placed()
    await refusedUnchanged(
      order,
      () => transition('staff1', order.id, { action: 'cancel', reason: 'x' }),
      409,
    )
    const done = await made()
    await refusedUnchanged(
      done,
      () => transition('admin1', done.id, { action: 'cancel', reason: 'x' }),
      409,
    )
  })

  it.each(['goldsmith1', 'goldsmith2'] as const)('refuses %s cancelling', async (who) => {
    const order = await withKarigar()
    await refusedUnchanged(
      order,
      () => transition(who, order.id, { action: 'cancel', reason: 'x' }),
      who === 'goldsmith1' ? 403 : 404,
    )
  })
})

describe('orders: rework', () => {
  it('sends a finished piece back to the same karigar with a note only staff and they read', async () => {
    const order = await made()
    const res = await transition('staff1', order.id, {
      action: 'rework',
      note: 'Clasp is loose',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await staffView(order.id)
    expect(after.status).toBe('under_process')
    expect(after.assignedGoldsmith).toBe(ids.goldsmith1)
    expect(Date.parse(after.reworkRequestedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(after.history.at(-1)).toMatchObject({
      action: 'rework',
      from: 'completed',
      to: 'under_process',
      note: 'Clasp is loose',
      noteVisibility: 'karigar',
    })
    const karigarView = (
      await api(`/api/orders/${order.id}`, { token: await tokenFor('goldsmith1') })
    ).body
    expect(karigarView.history.at(-1).note).toBe('Clasp is loose')
    const buyerView = (await api(`/api/orders/${order.id}`, { token: await tokenFor('customer1') }))
      .body
    expect(buyerView.history.at(-1)).not.toHaveProperty('note')
    const [told] = await toldOf('goldsmith1', order, 'order_rework')
    expect(told.message).toContain('Clasp is loose')
    expect(await toldOf('customer1', order, 'order_rework')).toEqual([])
    // The karigar can finish it again.
    expect((await transition('goldsmith1', order.id, { action: 'complete' })).status).toBe(200)
  })

  it('requires the note, naming the field, and keeps it for the karigar', async () => {
    const order = await made()
    await refusedUnchanged(
      order,
      () => transition('staff1', order.id, { action: 'rework' }),
      400,
      /"field":"note"/,
    )
    await refusedUnchanged(
      order,
      () =>
        transition('staff1', order.id, {
          action: 'rework',
          note: 'Polish',
          noteVisibility: 'buyer',
        }),
      400,
      /"field":"noteVisibility"/,
    )
  })

  it.each([
    ['goldsmith1', 403],
    ['goldsmith2', 404],
    ['customer1', 403],
    ['vendor2', 404],
  ] as const)('refuses %s asking for rework (%i)', async (who, status) => {
    const order = await made()
    await refusedUnchanged(
      order,
      () => transition(who, order.id, { action: 'rework', note: 'again' }),
      status,
    )
  })
})

describe('orders: the status is never written directly', () => {
  it('ignores a REST PATCH of status to on_hold by staff', async () => {
    const order = await withKarigar()
    await api(`/api/orders/${order.id}`, {
      method: 'PATCH',
      token: await tokenFor('staff1'),
      body: { status: 'on_hold', heldAt: new Date().toISOString() },
    })
    const after = await staffView(order.id)
    expect(after.status).toBe('under_process')
    expect(after.heldAt ?? null).toBeNull()
  })

  it.each(['staff2', 'customer1', 'goldsmith1'] as const)(
    'does not let %s put an order on hold through GraphQL',
    async (who) => {
      const order = await withKarigar()
      const res = await gql(
        `mutation { updateOrder(id: ${order.id}, data: { status: on_hold }) { status } }`,
        await tokenFor(who),
      )
      expect(res.data?.updateOrder?.status ?? 'refused').not.toBe('on_hold')
      expect((await staffView(order.id)).status).toBe('under_process')
    },
  )

  it('shows the buyer an order on hold through GraphQL, with the reason', async () => {
    const order = await held()
    const res = await gql(
      `{ Order(id: ${order.id}) { status history { action note } } }`,
      await tokenFor('customer1'),
    )
    expect(res.data.Order.status).toBe('on_hold')
    expect(res.data.Order.history.at(-1)).toEqual({ action: 'hold', note: 'Stone on order' })
    const peer = await gql(`{ Order(id: ${order.id}) { status } }`, await tokenFor('customer2'))
    expect(peer.data?.Order ?? null).toBeNull()
  })
})

describe('orders: staff move the ready date after accepting', () => {
  const move = async (who: PersonKey, id: number, body: Record<string, unknown>) =>
    api(`/api/orders/${id}/ready-date`, { token: await tokenFor(who), body })

  it('moves it, writes it on the timeline and tells the buyer and the karigar', async () => {
    const order = await withKarigar()
    const day = dayAhead(40)
    const res = await move('staff2', order.id, { readyBy: day })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await staffView(order.id)
    expect(after.readyBy.slice(0, 10)).toBe(day)
    expect(after.status).toBe('under_process')
    expect(after.history.at(-1)).toMatchObject({
      action: 'reschedule',
      from: 'under_process',
      to: 'under_process',
      noteVisibility: 'buyer',
    })
    expect(await toldOf('customer1', order, 'order_ready_date_changed')).toHaveLength(1)
    expect(await toldOf('goldsmith1', order, 'order_due_date_changed')).toHaveLength(1)
  })

  it('moves it on an order on hold too', async () => {
    const order = await held()
    expect((await move('admin1', order.id, { readyBy: dayAhead(50) })).status).toBe(200)
  })

  it.each([
    ['customer1', 403],
    ['goldsmith1', 403],
    ['customer2', 404],
    ['goldsmith2', 404],
    ['vendor1', 404],
  ] as const)('refuses %s moving it (%i)', async (who, status) => {
    const order = await withKarigar()
    await refusedUnchanged(order, () => move(who, order.id, { readyBy: dayAhead(131) }), status)
  })

  it.each([
    [{}, 'readyBy'],
    [{ readyBy: 'soon' }, 'readyBy'],
    [{ readyBy: '2020-01-01' }, 'readyBy'],
    [{ readyBy: 42 }, 'readyBy'],
    [{ readyBy: dayAhead(97), note: 'Stones late' }, 'noteVisibility'],
    [{ readyBy: dayAhead(97), note: 'x', noteVisibility: 'everyone' }, 'noteVisibility'],
  ])('refuses %j, naming %s', async (body, field) => {
    const order = await accepted()
    await refusedUnchanged(order, () => move('staff1', order.id, body), 400, new RegExp(field))
  })

  it('refuses it before acceptance and once the piece is made', async () => {
    const order = await placed()
    await refusedUnchanged(
      order,
      () => move('staff1', order.id, { readyBy: dayAhead(97) }),
      409,
      /when accepting/,
    )
    const done = await made()
    await refusedUnchanged(done, () => move('staff1', done.id, { readyBy: dayAhead(97) }), 409)
  })

  it('still refuses a ready date sent with another transition, pointing to the endpoint', async () => {
    const order = await accepted()
    await refusedUnchanged(
      order,
      () =>
        transition('staff1', order.id, {
          action: 'assign',
          goldsmith: ids.goldsmith1,
          readyBy: dayAhead(97),
        }),
      400,
      /ready-date/,
    )
  })
})

describe('orders: staff hear of a buyer’s change', () => {
  it('notifies every staff member when the buyer edits a placed order', async () => {
    const order = await placed()
    const res = await api(`/api/orders/${order.id}/edit`, {
      token: await tokenFor('customer1'),
      body: { instructions: 'Please gift wrap in red' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    for (const who of ['staff1', 'admin2'] as const)
      expect(await toldOf(who, order, 'order_edited')).toHaveLength(1)
    expect(await toldOf('customer1', order, 'order_edited')).toEqual([])
  })
})

describe('orders: karigar workloads', () => {
  it('counts a karigar’s open pieces, held work included, and none overdue when on time', async () => {
    const admin = await tokenFor('admin1')
    const created = await api('/api/goldsmiths', {
      token: admin,
      body: {
        email: `load-${Date.now()}@test.example`,
        password: 'Test-pass-2026',
        name: `Load ${Date.now()}`,
        phone: '9123456780',
      },
    })
    expect(created.status).toBe(201)
    const karigar = created.body.doc.id
    const order = await accepted()
    await transition('staff1', order.id, { action: 'assign', goldsmith: karigar })
    const rowOf = async () =>
      (await api('/api/goldsmiths/workload', { token: await tokenFor('staff2') })).body.docs.find(
        (row: { id: number }) => row.id === karigar,
      )
    // The helper's order: 2 + 1 pieces.
    expect(await rowOf()).toMatchObject({ openOrders: 1, openPieces: 3, overdue: 0 })
    await transition('staff1', order.id, { action: 'hold', reason: 'x' })
    expect(await rowOf()).toMatchObject({ openOrders: 1, openPieces: 3 })
    const refused = await api('/api/goldsmiths/workload', { token: await tokenFor('goldsmith1') })
    expect(refused.status).toBe(403)
  })
})
