import { quickOrderProductFields, reorderLines } from '@/lib/quickOrder'

import { payloadClient } from './payload'
import { toQuickProduct, type QuickProduct } from './quickOrderViews'
import { getViewer } from './viewer'

const select = Object.fromEntries(quickOrderProductFields.map((field) => [field, true]))

/** A past order's lines ready for the quick order, and the pieces that can no longer be ordered. */
export type Reorder = {
  orderId: string
  lines: { product: QuickProduct; quantity: number; size: string; notes: string }[]
  leftOut: { name: string; sku: string }[]
}

/**
 * "Order again": one of the signed-in buyer's orders by its order ID, its lines matched to the
 * pieces still published (one query for them all), read as the buyer so collection access keeps
 * out what is no longer published and field access decides the price. Null when the order is not
 * theirs to see.
 */
export const getReorder = async (orderId: string): Promise<Reorder | null> => {
  const user = await getViewer()
  if (!user) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'orders',
    where: { orderId: { equals: orderId } },
    select: { orderId: true, items: true },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  const order = docs[0]
  if (!order) return null
  const past = (order.items ?? []).map((item) => ({
    product: item.product,
    name: item.productSnapshot?.name ?? '',
    sku: item.productSnapshot?.sku ?? '',
    quantity: item.quantity,
    size: item.size ?? '',
    notes: item.notes ?? '',
  }))
  const ids = [...new Set(past.map((line) => line.product).filter((id) => id != null))]
  const { docs: products } = ids.length
    ? await payload.find({
        collection: 'products',
        where: { and: [{ id: { in: ids } }, { status: { equals: 'published' } }] },
        select,
        depth: 1,
        limit: ids.length,
        pagination: false,
        user,
        overrideAccess: false,
      })
    : { docs: [] }
  return {
    orderId: order.orderId ?? orderId,
    ...reorderLines(past, products.map(toQuickProduct)),
  }
}
