import type { DocumentId } from '@/lib/queryInput'
import type { PayloadRequest } from 'payload'

import { averageTurnaroundHours } from '@/lib/turnaround'

export type Workload = {
  id: DocumentId
  name: string
  underProcess: number
  completed: number
  /** Every order ever assigned to the goldsmith, whatever became of it. */
  assigned: number
  /** Mean hours from `assignedAt` to `completedAt` over completed work; null before the first. */
  averageTurnaroundHours: number | null
}

/**
 * Each active goldsmith's open work (orders under process), finished work (completed onward), all
 * work ever assigned and average turnaround: its work history, busiest first. Reads run as the
 * signed-in user, so only staff get numbers.
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
  const rows = await Promise.all(
    docs.map(async (g) => ({
      id: g.id,
      name: g.name,
      underProcess: await count(g.id, ['under_process']),
      completed: await count(g.id, ['completed', 'dispatched', 'delivered']),
      ...(await history(g.id)),
    })),
  )
  return rows.sort((a, b) => b.underProcess - a.underProcess)
}
