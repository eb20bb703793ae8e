import type { DocumentId } from '@/lib/queryInput'
import type { Where } from 'payload'

import type { ConfirmationChannel } from '@/lib/amountConfirmation'
import {
  allowedActions,
  benchFilters,
  orderProgress,
  type BenchFilter,
  type OrderStatus,
  type ProgressStep,
} from '@/lib/orderStatus'
import { actorOf } from '@/access/actorOf'
import type { Media, Order } from '@/payload-types'
import { editableStatus } from '@/lib/orderEdit'
import { orderLinesSummary } from '@/lib/orderLines'
import { mediaIdsOf } from '@/lib/mediaIds'
import type { OrderAmounts } from '@/lib/pricing'
import { readyByDay } from '@/lib/readyDate'
import {
  explainContract,
  type ExplainedLine,
  type FrozenContract,
  type RateTermsOption,
} from '@/lib/ratePricing'

import { metalLedgerBalances, type GoldsmithLedger } from '@/operations/metalLedgerBalances'
import { payloadClient } from './payload'
import { getViewer } from './viewer'

/** One ordered piece as its buyer sees it; `price` is null unless the buyer may see prices. */
export type OrderLineView = {
  productId: DocumentId
  name: string
  sku: string
  slug: string
  image: string | null
  /** Every image of the piece as ordered (the karigar works from them). */
  images: string[]
  size: string
  notes: string
  quantity: number
  /** Metal, purity and weights as ordered, for the buyer and the karigar alike. */
  metal: string
  purity: string
  grossWeight: number | null
  netWeight: number | null
  price: number | null
  /** How a rate-linked line's price was worked out, line by line; null for fixed or hidden prices. */
  explanation: ExplainedLine[] | null
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
  /** The promised ready date (`YYYY-MM-DD`): the buyer's ready date, the karigar's due date. */
  readyBy: string | null
}

/** A photo on the timeline (the finished piece), as the viewer may load it. */
export type PhotoView = { url: string; thumbnail: string; alt: string }

/** One entry of the order's timeline: a step with its note, or the amount's confirmation. */
export type TimelineEntryView =
  | {
      kind: 'step'
      status: OrderStatus
      /** `edit` for the buyer's changes while placed (lib/orderEdit.ts). */
      action: string
      at: string
      note: string
      photo: PhotoView | null
    }
  | { kind: 'confirmation'; via: ConfirmationChannel; at: string }

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
  /** `locked` or `on_delivery`; null when the viewer may not see prices. */
  rateTerms: RateTermsOption | null
  /** What dispatch under on-delivery terms changed, and why; null when nothing was repriced. */
  repricing: { at: string; reason: string; previousTotal: number; difference: number } | null
  /** Every step, done, current and to come, for the progress bar (lib/orderStatus.ts). */
  progress: ProgressStep[]
  timeline: TimelineEntryView[]
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

const allImages = (images: unknown): string[] =>
  (Array.isArray(images) ? (images as SnapshotImage[]) : [])
    .map((image) => image?.cardURL || image?.url || image?.thumbnailURL || '')
    .filter(Boolean)

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
  readyBy: readyByDay(doc.readyBy),
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

/** The order's GST rate when every component of every line was taxed at it; else null. */
const oneGstRate = (doc: Order): number | null => {
  const rate = doc.gstRate ?? null
  const uniform = (doc.items ?? []).every((item) => {
    const rates = item.rateContract?.gstRates
    return !rates || [rates.metal, rates.making, rates.stones].every((r) => r == null || r === rate)
  })
  return uniform ? rate : null
}

// Present only when field access let them through: staff and the approved vendor who placed it.
const amountsOf = (doc: Order): OrderAmountsView | null =>
  typeof doc.totalAmount === 'number'
    ? {
        subtotal: doc.subtotalAmount ?? doc.totalAmount,
        gstRate: oneGstRate(doc),
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

/** One order on a karigar's work list. */
export type WorkView = {
  id: DocumentId
  orderId: string
  status: OrderStatus
  /** The due date (`YYYY-MM-DD`), the order's ready date. */
  readyBy: string | null
  lines: string
  image: string | null
}

/** How many orders a page of the work list shows. */
const workPageSize = 30

/**
 * The signed-in karigar's work, by filter (lib/orderStatus.ts benchFilters): in progress soonest
 * due first, so late work leads; done latest due first. Lean at any number of orders: the
 * collection's access keeps it to their own, the (assignedGoldsmith, readyBy) index serves the
 * order, and only what the list shows is read, at depth 0.
 */
export const listMyWork = async (
  filter: BenchFilter,
  page = 1,
): Promise<{ docs: WorkView[]; page: number; totalPages: number }> => {
  const user = await getViewer()
  if (user?.collection !== 'goldsmiths') return { docs: [], page: 1, totalPages: 1 }
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'orders',
    user,
    overrideAccess: false,
    depth: 0,
    where: { status: { in: [...benchFilters[filter].statuses] } },
    sort: filter === 'done' ? ['-readyBy', '-id'] : ['readyBy', 'id'],
    limit: workPageSize,
    page,
    select: {
      orderId: true,
      status: true,
      readyBy: true,
      items: { quantity: true, productSnapshot: { name: true, images: true } },
    },
  })
  return {
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    docs: result.docs.map((doc) => ({
      id: doc.id,
      orderId: doc.orderId ?? '',
      status: doc.status,
      readyBy: readyByDay(doc.readyBy),
      lines: orderLinesSummary(
        (doc.items ?? []).map((item) => ({
          name: item.productSnapshot?.name ?? '',
          quantity: item.quantity,
        })),
      ),
      image: firstImage(doc.items?.[0]?.productSnapshot?.images),
    })),
  }
}

/**
 * The finished-piece photos on an order's timeline, read as the viewer: media access
 * (access/media.ts) decides, so a photo the viewer may not load is not offered.
 */
const photosOf = async (doc: Order, user: Parameters<typeof actorOf>[0]) => {
  const ids = mediaIdsOf((doc.history ?? []).map((entry) => entry.photo))
  if (!ids.length) return new Map<string, PhotoView>()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    // Payload builds each URL from its filename as it reads, so the filenames come along.
    select: {
      alt: true,
      filename: true,
      url: true,
      sizes: { card: { filename: true, url: true }, large: { filename: true, url: true } },
    },
  })
  return new Map(
    (docs as Media[]).map((media) => [
      String(media.id),
      {
        url: media.sizes?.large?.url || media.url || '',
        thumbnail: media.sizes?.card?.url || media.url || '',
        alt: media.alt,
      },
    ]),
  )
}

/** The history as the viewer reads it, with the amount's confirmation in its place in time. */
const timelineOf = (doc: Order, photos: Map<string, PhotoView>): TimelineEntryView[] => {
  const steps: TimelineEntryView[] = (doc.history ?? []).map((entry) => {
    const [photo] = mediaIdsOf(entry.photo)
    return {
      kind: 'step',
      status: entry.to,
      action: entry.action,
      at: entry.at,
      // Field access leaves out notes for other audiences.
      note: entry.note ?? '',
      photo: photo === undefined ? null : (photos.get(String(photo)) ?? null),
    }
  })
  // Present only for staff and the buyer (field access); it never holds the amount.
  const confirmation = doc.amountConfirmation
  if (!confirmation?.via || !confirmation.at) return steps
  const entry: TimelineEntryView = {
    kind: 'confirmation',
    via: confirmation.via,
    at: confirmation.at,
  }
  // Before the acceptance it led to, or where its time puts it.
  const index = steps.findIndex(
    (step) => step.kind === 'step' && (step.status === 'accepted' || step.at > entry.at),
  )
  return index < 0 ? [...steps, entry] : [...steps.slice(0, index), entry, ...steps.slice(index)]
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
      images: allImages(item.productSnapshot?.images),
      size: item.size ?? '',
      notes: item.notes ?? '',
      quantity: item.quantity,
      metal: item.productSnapshot?.metal ?? '',
      purity: item.productSnapshot?.purity ?? '',
      grossWeight: item.productSnapshot?.grossWeight ?? null,
      netWeight: item.productSnapshot?.netWeight ?? null,
      price: typeof item.priceAtOrder === 'number' ? item.priceAtOrder : null,
      explanation: item.rateContract?.pricing
        ? explainContract(item.rateContract as FrozenContract)
        : null,
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
    rateTerms: doc.rateTerms ?? null,
    repricing: doc.repricing?.at
      ? {
          at: doc.repricing.at,
          reason: doc.repricing.reason ?? '',
          previousTotal: doc.repricing.previousTotal ?? 0,
          difference: doc.repricing.difference ?? 0,
        }
      : null,
    progress: orderProgress({
      status: doc.status,
      history: doc.history ?? [],
      readyBy: readyByDay(doc.readyBy),
    }),
    timeline: timelineOf(doc, await photosOf(doc, user)),
    mayEdit,
    mayCancel: actions.includes('cancel'),
    mayComplete: actions.includes('complete'),
  }
}

/**
 * The signed-in karigar's metal account (operations/metalLedgerBalances.ts): what they hold of
 * each purity, in alloy and fine metal. Null for anyone else or when no metal was ever issued.
 */
export const getMyMetal = async (): Promise<GoldsmithLedger | null> => {
  const user = await getViewer()
  if (user?.collection !== 'goldsmiths') return null
  const [own] = await metalLedgerBalances(await payloadClient(), user, user.id)
  return own ?? null
}
