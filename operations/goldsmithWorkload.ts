import type { PayloadRequest } from 'payload'

export type Workload = {
  id: number | string
  name: string
  underProcess: number
  completed: number
}

/**
 * Each active goldsmith's open work (orders under process) and finished work (completed onward),
 * busiest first. Counts run as the signed-in user, so only staff get numbers.
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
  const rows = await Promise.all(
    docs.map(async (g) => ({
      id: g.id,
      name: g.name,
      underProcess: await count(g.id, ['under_process']),
      completed: await count(g.id, ['completed', 'dispatched', 'delivered']),
    })),
  )
  return rows.sort((a, b) => b.underProcess - a.underProcess)
}
