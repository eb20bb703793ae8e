import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { oldestWaitingSince, waitingStatuses } from '@/lib/dashboard'
import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import type { OrderStatus } from '@/lib/orderStatus'
import { benchFilters, orderStatuses, transitions } from '@/lib/orderStatus'
import type { DocumentId } from '@/lib/queryInput'
import { readyByValue } from '@/lib/readyDate'

import { siteSettingsOf } from './siteSettings'

export type StatusLoad = { status: OrderStatus; count: number; waitingSince: string | null }

export type KarigarLoad = { id: DocumentId; name: string; open: number; overdue: number }

export type RecentChange = {
  id: DocumentId
  summary: string
  target: string
  targetId: string | null
  createdAt: string
}

/**
 * What the staff dashboard shows. Each part is null when the signed-in person may not read what
 * it counts: every read runs as them (access on), so the numbers are the API's numbers.
 */
export type StaffDashboard = {
  /** When the numbers were read (ms), for "3 hours ago". */
  now: number
  timeZone: string
  orders: StatusLoad[] | null
  pendingVendors: { count: number; waitingSince: string | null } | null
  karigars: KarigarLoad[] | null
  rates: { gold: number; silver: number; setAt: string | null; setBy: string | null } | null
  activity: RecentChange[] | null
}

/** The karigar's open work: pieces at the bench, being made or on hold, as on their own bench. */
export const openWorkStatuses = benchFilters['in-progress'].statuses

/** A part the viewer's access refuses is left out (null) rather than failing the whole page. */
const unlessRefused = <T>(read: Promise<T>): Promise<T | null> =>
  read.catch((error: unknown) => {
    // By status, not `instanceof Forbidden`: the admin's server components load their own copy
    // of Payload's error classes, so a staff member's dashboard failed on its first refusal.
    if ((error as { status?: unknown } | null)?.status === 403) return null
    throw error
  })

/** The dashboard's numbers for the signed-in staff member. */
export const staffDashboard = async (req: PayloadRequest): Promise<StaffDashboard> => {
  const { payload, user } = req
  const asViewer = { req, user, overrideAccess: false } as const
  const count = async (collection: CollectionSlug, where: Where) =>
    (await payload.count({ collection, where, ...asViewer })).totalDocs

  const settings = await siteSettingsOf(req)
  const timeZone = settings.timeZone || defaultTimeZone
  const now = Date.now()
  const today = calendarDay(new Date(now), timeZone)
  const waiting = new Set(waitingStatuses(orderStatuses, transitions))

  const statusLoad = async (status: OrderStatus): Promise<StatusLoad> => {
    const where: Where = { status: { equals: status } }
    const total = await count('orders', where)
    if (!waiting.has(status) || total === 0) return { status, count: total, waitingSince: null }
    // The oldest placed come first; among them is the one waiting longest in this status.
    const { docs } = await payload.find({
      collection: 'orders',
      where,
      sort: 'createdAt',
      limit: 500,
      depth: 0,
      select: { createdAt: true, history: { to: true, at: true } },
      ...asViewer,
    })
    return { status, count: total, waitingSince: oldestWaitingSince(docs, status) }
  }

  const pendingVendors = async () => {
    const { docs, totalDocs } = await payload.find({
      collection: 'vendors',
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
      ...asViewer,
    })
    return { count: totalDocs, waitingSince: docs[0]?.createdAt ?? null }
  }

  const karigars = async () => {
    const { docs } = await payload.find({
      collection: 'goldsmiths',
      where: { active: { not_equals: false } },
      sort: 'name',
      limit: 200,
      depth: 0,
      select: { name: true },
      ...asViewer,
    })
    const rows = await Promise.all(
      docs.map(async (g): Promise<KarigarLoad> => {
        const open: Where = {
          and: [{ assignedGoldsmith: { equals: g.id } }, { status: { in: [...openWorkStatuses] } }],
        }
        const late: Where = { and: [open, { readyBy: { less_than: readyByValue(today) } }] }
        const [openCount, overdue] = await Promise.all([
          count('orders', open),
          count('orders', late),
        ])
        return { id: g.id, name: g.name, open: openCount, overdue }
      }),
    )
    return rows.sort((a, b) => b.overdue - a.overdue || b.open - a.open)
  }

  const rates = async () => {
    const r = await payload.findGlobal({ slug: 'rates', depth: 1, ...asViewer })
    return {
      gold: r.gold,
      silver: r.silver,
      setAt: r.updatedAt ?? null,
      setBy: typeof r.updatedBy === 'object' && r.updatedBy ? r.updatedBy.name : null,
    }
  }

  const activity = async () => {
    const { docs } = await payload.find({
      collection: 'audit-logs',
      sort: '-createdAt',
      limit: 8,
      depth: 0,
      select: { summary: true, target: true, targetId: true, createdAt: true },
      ...asViewer,
    })
    return docs.map((d) => ({
      id: d.id,
      summary: d.summary || `${d.target} changed`,
      target: d.target,
      targetId: d.targetId ?? null,
      createdAt: d.createdAt,
    }))
  }

  const [orders, vendors, bench, currentRates, changes] = await Promise.all([
    unlessRefused(Promise.all(orderStatuses.map(statusLoad))),
    unlessRefused(pendingVendors()),
    unlessRefused(karigars()),
    unlessRefused(rates()),
    unlessRefused(activity()),
  ])
  return {
    now,
    timeZone,
    orders,
    pendingVendors: vendors,
    karigars: bench,
    rates: currentRates,
    activity: changes,
  }
}
