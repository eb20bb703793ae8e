import { describe, expect, inject, it } from 'vitest'

import { testClientAddress } from '../helpers/clients'
import { api, baseURL, gql, tokenFor } from '../helpers/http'
import { placeOrder, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')

type Feed = {
  docs: { id: number | string; type: string; headline: string; href: string; read: boolean }[]
  unread: number
  totalDocs: number
}

const feedOf = async (who: PersonKey, query = '') =>
  (await api<Feed>(`/api/notifications/feed${query}`, { token: await tokenFor(who) })).body

/** An order placed by `buyer`, accepted, and (for a karigar) assigned to `goldsmith`. */
const orderTelling = async (buyer: 'customer1' | 'vendor1', goldsmith?: 'goldsmith1') => {
  const order = await placeOrder(buyer)
  await transition('staff1', order.id, { action: 'accept' })
  if (goldsmith) {
    await transition('staff1', order.id, { action: 'assign', goldsmith: ids[goldsmith] })
  }
  return order as { id: number | string; orderId: string }
}

/** The newest notification of `who` about `order` (REST, as that person). */
const newestAbout = async (who: PersonKey, order: { id: number | string }) => {
  const res = await api(`/api/notifications?where[order][equals]=${order.id}&depth=0`, {
    token: await tokenFor(who),
  })
  return res.body.docs[0] as { id: number | string; read: boolean }
}

describe('notifications: the bell’s feed', () => {
  it('lists the person’s own, newest first, each leading to its order by order ID', async () => {
    const first = await orderTelling('customer1')
    const second = await orderTelling('customer1')
    const feed = await feedOf('customer1', '?limit=50')
    const hrefs = feed.docs.map((d) => d.href)
    expect(hrefs.indexOf(`/account/orders/${second.orderId}`)).toBeLessThan(
      hrefs.indexOf(`/account/orders/${first.orderId}`),
    )
    const accepted = feed.docs.find((d) => d.href === `/account/orders/${second.orderId}`)
    expect(accepted).toMatchObject({ type: 'order_accepted', headline: 'Your order is accepted' })
    expect(feed.unread).toBeGreaterThanOrEqual(2)
    const peer = await feedOf('customer2', '?limit=50')
    expect(peer.docs.map((d) => d.href)).not.toContain(`/account/orders/${second.orderId}`)
  })

  it('leads a karigar to the order assigned to them', async () => {
    const order = await orderTelling('customer1', 'goldsmith1')
    // Other test files assign work to the same karigar meanwhile: find this order's, not the first.
    const feed = await feedOf('goldsmith1', '?limit=50')
    const assigned = feed.docs.find((d) => d.href === `/account/orders/${order.orderId}`)
    expect(assigned).toMatchObject({ type: 'order_assigned' })
  })

  it.each(['staff1', 'staff2', 'admin1', 'admin2'] as const)(
    'leads %s to a new order in the admin, not to a storefront page',
    async (who) => {
      const order = await placeOrder('customer1')
      const feed = await feedOf(who, '?limit=50')
      const placed = feed.docs.find((d) => d.href === `/admin/collections/orders/${order.id}`)
      expect(placed).toMatchObject({ type: 'order_placed', headline: 'New order' })
      expect(feed.docs.map((d) => d.href).filter((href) => !href.startsWith('/admin'))).toEqual([])
    },
  )

  it('answers 401 when signed out and 400 naming a bad page or limit', async () => {
    expect((await api('/api/notifications/feed')).status).toBe(401)
    const token = await tokenFor('customer1')
    const bad = await api('/api/notifications/feed?limit=500', { token })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('limit')
    expect((await api('/api/notifications/feed?page=x', { token })).body.errors[0].field).toBe(
      'page',
    )
  })
})

describe('notifications: nobody reads or marks another’s', () => {
  it.each([
    ['customer1', 'customer2', undefined],
    ['vendor1', 'vendor2', undefined],
    ['goldsmith1', 'goldsmith2', 'goldsmith1'],
  ] as const)('%s’s notification is out of reach of %s', async (owner, peer, goldsmith) => {
    const buyer = owner === 'vendor1' ? 'vendor1' : 'customer1'
    const order = await orderTelling(buyer, goldsmith)
    const own = await newestAbout(owner, order)
    expect(own.read).toBe(false)
    const peerToken = await tokenFor(peer)

    // REST: read, mark one, mark all.
    expect((await api(`/api/notifications/${own.id}`, { token: peerToken })).status).toBe(404)
    const patch = await api(`/api/notifications/${own.id}`, {
      method: 'PATCH',
      token: peerToken,
      body: { read: true },
    })
    expect([403, 404]).toContain(patch.status)
    await api('/api/notifications/mark-all-read', { method: 'POST', token: peerToken })
    const peerFeed = await feedOf(peer, '?limit=50')
    expect(peerFeed.docs.map((d) => d.id)).not.toContain(own.id)

    // GraphQL: the list, the document, the update.
    const listed = await gql(`{ Notifications(limit: 200) { docs { id } } }`, peerToken)
    expect(listed.data?.Notifications.docs.map((d: { id: unknown }) => d.id)).not.toContain(own.id)
    const single = await gql(`{ Notification(id: ${JSON.stringify(own.id)}) { id } }`, peerToken)
    expect(single.data?.Notification ?? null).toBeNull()
    const updated = await gql(
      `mutation { updateNotification(id: ${JSON.stringify(own.id)}, data: { read: true }) { id } }`,
      peerToken,
    )
    expect(updated.data?.updateNotification ?? null).toBeNull()
    expect(updated.errors?.length).toBeGreaterThan(0)

    expect((await newestAbout(owner, order)).read).toBe(false)
  })
})

type StreamState = { unread: number; latest: unknown }

/**
 * Reads a response's server-sent `notifications` events: `next(until, ms)` resolves with the events
 * seen up to the first that `until` accepts, or all seen once `ms` pass.
 */
const eventsOf = (res: Response) => {
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null
  const next = async (until: (event: StreamState) => boolean, ms: number) => {
    const seen: StreamState[] = []
    const deadline = Date.now() + ms
    while (Date.now() < deadline) {
      pending ??= reader.read()
      const chunk = await Promise.race([
        pending,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
      ])
      if (!chunk) break
      pending = null
      if (chunk.done) break
      buffer += decoder.decode(chunk.value, { stream: true })
      const blocks = buffer.split('\n\n')
      buffer = blocks.pop() ?? ''
      for (const block of blocks) {
        const data = block.split('\n').find((line) => line.startsWith('data: '))
        if (!block.includes('event: notifications') || !data) continue
        const event = JSON.parse(data.slice(6)) as StreamState
        seen.push(event)
        if (until(event)) return seen
      }
    }
    return seen
  }
  return { next }
}

describe('notifications: the live stream', () => {
  it('answers 401 to someone signed out', async () => {
    const res = await api('/api/notifications/stream')
    expect(res.status).toBe(401)
  })

  it('streams, uncached, the unread count at once and again when a notification arrives', async () => {
    const token = await tokenFor('vendor2')
    await api('/api/notifications/mark-all-read', { method: 'POST', token })
    const abort = new AbortController()
    const res = await fetch(`${baseURL()}/api/notifications/stream`, {
      headers: { Authorization: `JWT ${token}`, 'X-Forwarded-For': testClientAddress() },
      signal: abort.signal,
    })
    try {
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
      expect(res.headers.get('cache-control')).toMatch(/no-store/)
      const events = eventsOf(res)
      const [opening] = await events.next(() => true, 10_000)
      expect(opening.unread).toBe(0)
      const order = await placeOrder('vendor2')
      await transition('staff1', order.id, { action: 'accept' })
      const accepted = await newestAbout('vendor2', order)
      const seen = await events.next((e) => e.latest === accepted.id, 15_000)
      // Other files may tell vendor2 things meanwhile: the count is at least this one.
      expect(seen.at(-1)?.latest).toBe(accepted.id)
      expect(seen.at(-1)?.unread).toBeGreaterThanOrEqual(1)
    } finally {
      abort.abort()
    }
  })
})
