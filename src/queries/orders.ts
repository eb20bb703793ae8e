import type { DocumentId } from '@/lib/queryInput'
import type { Where } from 'payload'

import { allowedActions, type OrderStatus } from '@/lib/orderStatus'
import { actorOf } from '@/access/actorOf'
import type { Order } from '@/payload-types'
import { orderLinesSummary } from '@/lib/orderLines'

import { payloadClient } from './payload'
import { getViewer } from './viewer'

/** One ordered piece as its buyer sees it; `price` is null unless the buyer may see prices. */
export type OrderLineView = {
  name: string
  sku: string
  slug: string
  image: string | null
  size: string
  notes: string
  quantity: number
  /** Metal, purity and weights as ordered, for the buyer and the karigar alike. */
  metal: string
  purity: string
  grossWeight: number | null
  netWeight: number | null
  price: number | null
}

export type OrderSummaryView = {
  id: DocumentId
  orderId: string
  status: OrderStatus
  placedAt: string
  /** Pieces in all, counting quantities. */
  pieces: number
  /** "Kada × 2 and 1 more": lib/orderLines.ts */
  lines: string
  total: number | null
}

export type OrderDetailView = OrderSummaryView & {
  items: OrderLineView[]
  delivery: { name: string; phone: string; email: string; address: string; pincode: string }
  instructions: string
  timeline: { status: OrderStatus; at: string; note: string }[]
  mayCancel: boolean
  mayComplete: boolean
}

type SnapshotImage = { thumbnailURL?: string | null; cardURL?: string | null; url?: string | null }

const firstImage = (images: unknown): string | null => {
  const first = Array.isArray(images) ? (images[0] as SnapshotImage | undefined) : undefined
  return first?.thumbnailURL || first?.cardURL || first?.url || null
}

const toSummary = (doc: Order): OrderSummaryView => ({
  id: doc.id,
  orderId: doc.orderId ?? '',
  status: doc.status,
  placedAt: doc.createdAt,
  pieces: (doc.items ?? []).reduce((sum, item) => sum + item.quantity, 0),
  lines: orderLinesSummary(
    (doc.items ?? []).map((item) => ({
      name: item.productSnapshot?.name ?? '',
      quantity: item.quantity,
    })),
  ),
  // Present only when field access let it through: approved vendors, never customers.
  total: typeof doc.totalAmount === 'number' ? doc.totalAmount : null,
})

/**
 * Orders as the signed-in person may read them, through the Local API as that person
 * (`overrideAccess: false`), so the collection's own read rules decide which orders and fields.
 */
const findAsViewer = async (query: { limit: number; where?: Where }) => {
  const user = await getViewer()
  if (!user) return { user: null, docs: [] }
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'orders',
    user,
    overrideAccess: false,
    depth: 0,
    sort: '-createdAt',
    ...query,
  })
  return { user, docs }
}

/** The signed-in buyer's orders, newest first. */
export const listMyOrders = async (limit = 50): Promise<OrderSummaryView[]> =>
  (await findAsViewer({ limit })).docs.map(toSummary)

/** One of the signed-in person's orders by its order ID, or null when it is not theirs to see. */
export const getMyOrder = async (orderId: string): Promise<OrderDetailView | null> => {
  const { user, docs } = await findAsViewer({ limit: 1, where: { orderId: { equals: orderId } } })
  const doc = docs[0]
  if (!user || !doc) return null
  const actions = allowedActions(doc.status, actorOf(user, doc))
  const snapshot = doc.customerSnapshot
  return {
    ...toSummary(doc),
    items: (doc.items ?? []).map((item) => ({
      name: item.productSnapshot?.name ?? '',
      sku: item.productSnapshot?.sku ?? '',
      slug: item.productSnapshot?.slug ?? '',
      image: firstImage(item.productSnapshot?.images),
      size: item.size ?? '',
      notes: item.notes ?? '',
      quantity: item.quantity,
      metal: item.productSnapshot?.metal ?? '',
      purity: item.productSnapshot?.purity ?? '',
      grossWeight: item.productSnapshot?.grossWeight ?? null,
      netWeight: item.productSnapshot?.netWeight ?? null,
      price: typeof item.priceAtOrder === 'number' ? item.priceAtOrder : null,
    })),
    delivery: {
      name: snapshot?.name ?? '',
      phone: snapshot?.phone ?? '',
      email: snapshot?.email ?? '',
      address: snapshot?.address ?? '',
      pincode: snapshot?.pincode ?? '',
    },
    instructions: doc.instructions ?? '',
    timeline: (doc.history ?? []).map((entry) => ({
      status: entry.to,
      at: entry.at,
      // Field access leaves out staff-only notes.
      note: entry.note ?? '',
    })),
    mayCancel: actions.includes('cancel'),
    mayComplete: actions.includes('complete'),
  }
}
