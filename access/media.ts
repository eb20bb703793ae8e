import type { Access, PayloadRequest, Where } from 'payload'

import { imagesOfItems, mediaIdsOf } from '@/lib/mediaIds'
import type { DocumentId } from '@/lib/queryInput'

import { isStaffUser } from './roles'

const shownPublicly: Where = { publiclyUsed: { equals: true } }

/**
 * Images no longer shown publicly that appear in orders the signed-in reader may read (their own,
 * their shop's, their bench's): the pieces as ordered and the photos of them finished. Usually none are withheld, and then no order is read at all.
 * Remembered for the request: a page with many images asks once.
 */
const mediaInReadableOrders = async (req: PayloadRequest): Promise<DocumentId[]> => {
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
      select: { items: true, history: { photo: true } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    readable = mediaIdsOf(
      ...orders.docs.flatMap((order) => [
        ...imagesOfItems(order.items),
        ...(order.history ?? []).map((entry) => entry.photo),
      ]),
    ).filter((id) => withheldIds.has(String(id)))
  }
  req.context.mediaInReadableOrders = readable
  return readable
}

/**
 * Images: staff see all; everyone else those a published product, a category or the site settings
 * show, and, once signed in, those in orders they may read (a draft product's images stay private).
 */
export const canReadMedia: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return shownPublicly
  const ordered = await mediaInReadableOrders(req)
  return ordered.length ? { or: [shownPublicly, { id: { in: ordered } }] } : shownPublicly
}
