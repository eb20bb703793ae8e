import type { PayloadRequest, Where } from 'payload'

import { imagesOfItems, mediaIdsOf, type MediaUses, type OrderedItem } from '@/lib/mediaIds'
import type { DocumentId } from '@/lib/queryInput'

// Only the image columns: an older migration calls this before later ones add other columns.
const settingsImages = (req: PayloadRequest) =>
  req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    select: { logo: true, hero: { image: true } },
    req,
  })

const settingsMedia = async (req: PayloadRequest) => {
  const settings = await settingsImages(req)
  return mediaIdsOf(settings.logo, settings.hero?.image)
}

const isUsedPublicly = async (req: PayloadRequest, id: DocumentId, settings: DocumentId[]) => {
  if (settings.some((s) => String(s) === String(id))) return true
  const count = (collection: 'products' | 'categories', where: Where) =>
    req.payload
      .count({ collection, where, overrideAccess: true, req })
      .then(({ totalDocs }) => totalDocs > 0)
  return (
    (await count('products', {
      and: [{ status: { equals: 'published' } }, { images: { in: [id] } }],
    })) || (await count('categories', { icon: { equals: id } }))
  )
}

/**
 * Everything that uses an image, drafts included (what `publiclyUsed` leaves out), read with
 * access overridden: a deletion must see uses the deleting person cannot.
 */
export const mediaUses = async (req: PayloadRequest, id: DocumentId): Promise<MediaUses> => {
  const settings = await settingsImages(req)
  const same = (value: unknown) => mediaIdsOf(value).some((used) => String(used) === String(id))
  const count = async (collection: 'products' | 'categories', where: Where) =>
    (await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs
  const media = await req.payload.findByID({
    collection: 'media',
    id,
    select: { inOrders: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return {
    siteSettings: [
      ...(same(settings.logo) ? ['the site logo'] : []),
      ...(same(settings.hero?.image) ? ['the home page banner'] : []),
    ],
    products: await count('products', { images: { in: [id] } }),
    categories: await count('categories', { icon: { equals: id } }),
    inOrders: Boolean(media?.inOrders),
  }
}

/**
 * Re-decides `publiclyUsed` for these images: true while a published product, a category or the
 * site settings show one. Called after anything that can change that (see the hooks that use it).
 */
export const refreshPublicMedia = async (req: PayloadRequest, ids: DocumentId[]) => {
  if (!ids.length) return
  const settings = await settingsMedia(req)
  for (const id of ids) {
    const publiclyUsed = await isUsedPublicly(req, id, settings)
    await req.payload.update({
      collection: 'media',
      where: { and: [{ id: { equals: id } }, { publiclyUsed: { not_equals: publiclyUsed } }] },
      data: { publiclyUsed },
      overrideAccess: true,
      depth: 0,
      req,
      context: { mediaVisibility: true },
    })
  }
}

/** Marks images as shown in an order, so its buyer and karigar keep seeing them (access/media.ts). */
export const markOrderedMedia = async (req: PayloadRequest, ids: DocumentId[]) => {
  if (!ids.length) return
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { inOrders: { not_equals: true } }] },
    data: { inOrders: true },
    overrideAccess: true,
    depth: 0,
    req,
    context: { mediaVisibility: true },
  })
}

/**
 * Both flags for every image from the data as it stands: the migration that adds them runs this.
 * It reads only what existed then (the pieces in orders): finished-piece photos, added later, are
 * marked `inOrders` when stored (operations/transitionOrder.ts).
 */
export const recomputeMediaFlags = async (req: PayloadRequest) => {
  const all = <T>(
    collection: 'products' | 'categories' | 'orders',
    where?: Where,
    select?: object,
  ) =>
    req.payload
      // Sorted by id: the collection's default sort may name a column a later migration adds.
      .find({
        collection,
        where,
        select,
        sort: 'id',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      .then(({ docs }) => docs as T[])
  const published = await all<{ images?: unknown[] }>(
    'products',
    { status: { equals: 'published' } },
    { images: true },
  )
  const categories = await all<{ icon?: unknown }>('categories', undefined, { icon: true })
  // Only the snapshot images: later migrations add other columns (and arrays) to order lines.
  const orders = await all<{ items?: OrderedItem[] }>('orders', undefined, {
    items: { productSnapshot: { images: true } },
  })
  const publicIds = mediaIdsOf(
    ...published.map((p) => p.images ?? []),
    ...categories.map((c) => c.icon),
    ...(await settingsMedia(req)),
  )
  const orderedIds = mediaIdsOf(...orders.flatMap((o) => imagesOfItems(o.items)))
  const mark = async (ids: DocumentId[], data: { publiclyUsed?: boolean; inOrders?: boolean }) => {
    for (let start = 0; start < ids.length; start += 500)
      await req.payload.update({
        collection: 'media',
        where: { id: { in: ids.slice(start, start + 500) } },
        data,
        overrideAccess: true,
        depth: 0,
        req,
        context: { mediaVisibility: true },
      })
  }
  await mark(publicIds, { publiclyUsed: true })
  await mark(orderedIds, { inOrders: true })
}
