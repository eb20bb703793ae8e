import type { PayloadRequest, Where } from 'payload'

import type { DocumentId } from '@/lib/queryInput'

/** Upload field values (populated or not, single or lists, nested in lists) as distinct ids. */
export const mediaIdsOf = (...values: unknown[]): DocumentId[] => {
  const ids = (values.flat(Infinity) as unknown[]).map((value) =>
    value && typeof value === 'object' ? (value as { id?: DocumentId }).id : value,
  )
  return [
    ...new Set(
      ids.filter((id): id is DocumentId => typeof id === 'number' || typeof id === 'string'),
    ),
  ]
}

type OrderedItem = { productSnapshot?: { images?: unknown } | null }

/** The images an order's items were shown with (the snapshot at order time). */
export const imagesOfItems = (items: OrderedItem[] | null | undefined): unknown[] =>
  (items ?? []).flatMap((item) => {
    const images = item.productSnapshot?.images
    return Array.isArray(images) ? images : []
  })

const settingsMedia = async (req: PayloadRequest) => {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
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

/** Both flags for every image from the data as it stands: the migration that adds them runs this. */
export const recomputeMediaFlags = async (req: PayloadRequest) => {
  const all = <T>(
    collection: 'products' | 'categories' | 'orders',
    where?: Where,
    select?: object,
  ) =>
    req.payload
      .find({ collection, where, select, depth: 0, pagination: false, overrideAccess: true, req })
      .then(({ docs }) => docs as T[])
  const published = await all<{ images?: unknown[] }>(
    'products',
    { status: { equals: 'published' } },
    { images: true },
  )
  const categories = await all<{ icon?: unknown }>('categories', undefined, { icon: true })
  const orders = await all<{ items?: OrderedItem[] }>('orders', undefined, { items: true })
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

/**
 * Images no longer shown publicly that appear in orders the signed-in reader may read (their own,
 * their shop's, their bench's). Usually none are withheld, and then no order is read at all.
 * Remembered for the request: a page with many images asks once.
 */
export const mediaInReadableOrders = async (req: PayloadRequest): Promise<DocumentId[]> => {
  const cached = req.context.mediaInReadableOrders as DocumentId[] | undefined
  if (cached) return cached
  const withheld = await req.payload.find({
    collection: 'media',
    where: { and: [{ publiclyUsed: { not_equals: true } }, { inOrders: { equals: true } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let readable: DocumentId[] = []
  if (withheld.docs.length) {
    const withheldIds = new Set(withheld.docs.map((doc) => String(doc.id)))
    const orders = await req.payload.find({
      collection: 'orders',
      select: { items: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    readable = mediaIdsOf(...orders.docs.flatMap((order) => imagesOfItems(order.items))).filter(
      (id) => withheldIds.has(String(id)),
    )
  }
  req.context.mediaInReadableOrders = readable
  return readable
}
