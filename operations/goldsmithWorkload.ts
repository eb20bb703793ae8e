import type { DocumentId } from '@/lib/queryInput'
import type { PayloadRequest } from 'payload'

import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import { benchFilters } from '@/lib/orderStatus'
import { daysOverdue } from '@/lib/readyDate'
import { averageTurnaroundHours } from '@/lib/turnaround'

import { siteSettingsOf } from './siteSettings'

export type Workload = {
  id: DocumentId
  name: string
  underProcess: number
  /** Orders on the bench now (being made or on hold), their pieces, and how many are late. */
  openOrders: number
  openPieces: number
  overdue: number
  completed: number
  /** Every order ever assigned to the goldsmith, whatever became of it. */
  assigned: number
  /** Mean hours from `assignedAt` to `completedAt` over completed work; null before the first. */
  averageTurnaroundHours: number | null
}

/**
 * Each active goldsmith's open work (orders under process; with those on hold, their pieces and how
 * many are past their ready date), finished work (completed onward), all work ever assigned and
 * average turnaround: its work history, busiest first. Reads run as the signed-in user, so only
 * staff get numbers.
 */
export const goldsmithWorkload = async (req: PayloadRequest): Promise<Workload[]> => {
  const { payload, user } = req
  const { docs } = await payload.find({
    collection: 'goldsmiths',
    where: { active: { not_equals: false } },
    sort: 'name',
    limit: 500,
    depth: 0,
    req,
    user,
    overrideAccess: false,
  })
  const count = async (goldsmith: number | string, statuses: string[]) =>
    (
      await payload.count({
        collection: 'orders',
        where: {
          and: [{ assignedGoldsmith: { equals: goldsmith } }, { status: { in: statuses } }],
        },
        req,
        user,
        overrideAccess: false,
      })
    ).totalDocs
  const history = async (goldsmith: number | string) => {
    const { docs: orders } = await payload.find({
      collection: 'orders',
      where: { assignedGoldsmith: { equals: goldsmith } },
      select: { assignedAt: true, completedAt: true },
      pagination: false,
      depth: 0,
      req,
      user,
      overrideAccess: false,
    })
    return { assigned: orders.length, averageTurnaroundHours: averageTurnaroundHours(orders) }
  }
  const { timeZone } = await siteSettingsOf(req)
  const today = calendarDay(new Date(), timeZone || defaultTimeZone)
  const bench = async (goldsmith: number | string) => {
    const { docs: orders } = await payload.find({
      collection: 'orders',
      where: {
        and: [
          { assignedGoldsmith: { equals: goldsmith } },
          { status: { in: [...benchFilters['in-progress'].statuses] } },
        ],
      },
      select: { status: true, readyBy: true, items: { quantity: true } },
      pagination: false,
      depth: 0,
      req,
      user,
      overrideAccess: false,
    })
    return {
      openOrders: orders.length,
      openPieces: orders.reduce(
        (sum, o) => sum + (o.items ?? []).reduce((n, item) => n + (item.quantity ?? 0), 0),
        0,
      ),
      overdue: orders.filter((o) => daysOverdue(o, today) > 0).length,
    }
  }
  const rows = await Promise.all(
    docs.map(async (g) => ({
      id: g.id,
      name: g.name,
      underProcess: await count(g.id, ['under_process']),
      ...(await bench(g.id)),
      completed: await count(g.id, ['completed', 'dispatched', 'delivered']),
      ...(await history(g.id)),
    })),
  )
  return rows.sort((a, b) => b.openPieces - a.openPieces)
}
