import type { CollectionSlug, Payload } from 'payload'
import { headers } from 'next/headers'
import { cache } from 'react'

import { defaultTimeZone } from '@/lib/orderId'
import { defaultSiteName } from '@/lib/shop'

/**
 * The signed-in staff member of this admin render. Payload hands list cells and graphics the
 * `payload` but not the `user`, and their reads must still run as that person (access on).
 */
export const adminViewer = cache(
  async (payload: Payload) => (await payload.auth({ headers: await headers() })).user,
)

/** The shop's name, logo and business time zone, read once per admin render. */
export const shopLook = cache(async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
  const logo = typeof settings.logo === 'object' && settings.logo ? settings.logo : null
  return {
    siteName: settings.siteName || defaultSiteName,
    logoUrl: logo?.sizes?.thumbnail?.url ?? logo?.url ?? null,
    timeZone: settings.timeZone || defaultTimeZone,
  }
})

/** The ids a render's cells ask for, gathered so one query answers a whole page of rows. */
type Batch = { ids: Set<string>; result: Promise<Map<string, Record<string, unknown>>> }

const pending = cache(() => new Map<string, Batch>())
const loaded = cache(() => new Map<string, Promise<Map<string, Record<string, unknown>>>>())

/**
 * One document of `collection` (its `select`ed fields) for a list cell, read as the signed-in
 * person. Cells of one render that ask in the same tick share a single `id in [...]` query.
 */
export const lookUp = async (
  payload: Payload,
  collection: CollectionSlug,
  select: Record<string, unknown>,
  id: string | number,
): Promise<Record<string, unknown> | null> => {
  const key = `${collection}:${JSON.stringify(select)}`
  const known = loaded().get(`${key}:${id}`)
  if (known) return (await known).get(String(id)) ?? null
  let batch = pending().get(key)
  if (!batch) {
    const ids = new Set<string>()
    const result = new Promise<Map<string, Record<string, unknown>>>((resolve, reject) => {
      setTimeout(() => {
        pending().delete(key)
        adminViewer(payload)
          .then((user) =>
            payload.find({
              collection,
              where: { id: { in: [...ids] } },
              select,
              depth: 0,
              pagination: false,
              user,
              overrideAccess: false,
            }),
          )
          .then(({ docs }) =>
            resolve(
              new Map(
                docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]),
              ),
            ),
          )
          .catch(reject)
      }, 0)
    })
    batch = { ids, result }
    pending().set(key, batch)
  }
  batch.ids.add(String(id))
  loaded().set(`${key}:${id}`, batch.result)
  return (await batch.result).get(String(id)) ?? null
}
