import type { DocumentId } from '@/lib/queryInput'
import type { Where } from 'payload'

import { allowedActions, type OrderStatus } from '@/lib/orderStatus'
import { actorOf } from '@/access/actorOf'
import type { Order } from '@/payload-types'
import { editableStatus } from '@/lib/orderEdit'
import { orderLinesSummary } from '@/lib/orderLines'
import type { OrderAmounts } from '@/lib/pricing'

import { payloadClient } from './payload'
import { getViewer } from './viewer'

/** One ordered piece as its buyer sees it; `price` is null unless the buyer may see prices. */
export type OrderLineView = {
  productId: DocumentId
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
  /** While the buyer may still change the order: the sizes this line may be changed to. */
  sizeChoices: string[]
}

/**
 * What the order committed to at placement (or the buyer's last change while placed); null when
 * the viewer may not see prices. Orders from before GST was recorded have only a total (`gst` null).
 */
export type OrderAmountsView = Omit<OrderAmounts, 'gstRate' | 'gst'> & {
  gstRate: number | null
  gst: number | null
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
  delivery: {
    name: string
    recipientName: string
    phone: string
    email: string
    address: string
    pincode: string
  }
  instructions: string
  amounts: OrderAmountsView | null
  /** `action` is `edit` for the buyer's changes while placed (lib/orderEdit.ts). */
  timeline: { status: OrderStatus; action: string; at: string; note: string }[]
  mayEdit: boolean
  mayCancel: boolean
  mayComplete: boolean
}

type User = NonNullable<Awaited<ReturnType<typeof getViewer>>>

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

// Present only when field access let them through: staff and the approved vendor who placed it.
const amountsOf = (doc: Order): OrderAmountsView | null =>
  typeof doc.totalAmount === 'number'
    ? {
        subtotal: doc.subtotalAmount ?? doc.totalAmount,
        gstRate: doc.gstRate ?? null,
        gst: doc.gstAmount ?? null,
        total: doc.totalAmount,
      }
    : null

/** The sizes each product is made in now, read as the viewer (published pieces only). */
const sizesOf = async (user: User, ids: DocumentId[]): Promise<Map<string, string[]>> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'products',
    where: { id: { in: ids } },
    select: { sizes: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.sizes ?? []]))
}

/** One of the signed-in person's orders by its order ID, or null when it is not theirs to see. */
export const getMyOrder = async (orderId: string): Promise<OrderDetailView | null> => {
  const { user, docs } = await findAsViewer({ limit: 1, where: { orderId: { equals: orderId } } })
  const doc = docs[0]
  if (!user || !doc) return null
  const actor = actorOf(user, doc)
  const actions = allowedActions(doc.status, actor)
  const mayEdit = actor.isPlacer && doc.status === editableStatus
  const productIdOf = (item: NonNullable<Order['items']>[number]) =>
    typeof item.product === 'object' ? item.product.id : item.product
  const sizes = mayEdit ? await sizesOf(user, (doc.items ?? []).map(productIdOf)) : new Map()
  const snapshot = doc.customerSnapshot
  return {
    ...toSummary(doc),
    items: (doc.items ?? []).map((item) => ({
      productId: productIdOf(item),
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
      sizeChoices: sizes.get(String(productIdOf(item))) ?? [],
    })),
    delivery: {
      name: snapshot?.name ?? '',
      recipientName: snapshot?.recipientName ?? '',
      phone: snapshot?.phone ?? '',
      email: snapshot?.email ?? '',
      address: snapshot?.address ?? '',
      pincode: snapshot?.pincode ?? '',
    },
    instructions: doc.instructions ?? '',
    amounts: amountsOf(doc),
    timeline: (doc.history ?? []).map((entry) => ({
      status: entry.to,
      action: entry.action,
      at: entry.at,
      // Field access leaves out staff-only notes.
      note: entry.note ?? '',
    })),
    mayEdit,
    mayCancel: actions.includes('cancel'),
    mayComplete: actions.includes('complete'),
  }
}
