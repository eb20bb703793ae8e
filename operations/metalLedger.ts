import type { PayloadRequest } from 'payload'

import { fineMg, metalOfPurity } from '@/lib/fineness'
import {
  toGrams,
  toMg,
  type ExpectedLine,
  type LedgerEntryKind,
  type LedgerMovement,
} from '@/lib/metalLedger'
import { normPercentFor, type WastageNorm } from '@/lib/metalLedger'
import { asGeneratedId, idOf, type DocumentId } from '@/lib/queryInput'
import type { MetalLedgerEntry, Order } from '@/payload-types'

/** An order's ledger entries in the order they were written (ids grow with each insert). */
export const orderLedger = async (req: PayloadRequest, order: DocumentId) => {
  const { docs } = await req.payload.find({
    collection: 'metal-ledger',
    where: { order: { equals: order } },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** A stored entry as the rules in lib/metalLedger.ts read it. */
export const movementOf = (
  entry: Pick<MetalLedgerEntry, 'kind' | 'purity' | 'weight' | 'goldsmith'>,
): LedgerMovement => ({
  kind: entry.kind,
  purity: entry.purity,
  weightMg: toMg(entry.weight ?? 0),
  goldsmith: idOf(entry.goldsmith) as DocumentId,
})

export type NewLedgerEntry = {
  goldsmith: DocumentId
  order: DocumentId
  kind: LedgerEntryKind
  purity: string
  weightMg: number
  check?: MetalLedgerEntry['check']
  uniqueKey?: string
  note?: string | null
}

/**
 * Appends one entry, its metal and fine weight derived from the purity, recorded by the signed-in
 * staff user. Access is overridden: the operation calling this is the rule (nobody creates ledger
 * entries through the API).
 */
export const recordLedgerEntry = (req: PayloadRequest, entry: NewLedgerEntry) =>
  req.payload.create({
    collection: 'metal-ledger',
    data: {
      goldsmith: asGeneratedId(entry.goldsmith),
      order: asGeneratedId(entry.order),
      kind: entry.kind,
      metal: metalOfPurity(entry.purity)!,
      purity: entry.purity as MetalLedgerEntry['purity'],
      weight: toGrams(entry.weightMg),
      fineWeight: toGrams(fineMg(entry.weightMg, entry.purity)),
      check: entry.check,
      uniqueKey: entry.uniqueKey,
      note: entry.note?.trim() || null,
      recordedBy: req.user?.collection === 'users' ? asGeneratedId(req.user.id) : null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * The order's lines as the weight check reads them: each piece's frozen purity and net weight, and
 * its product's category's wastage norm for that purity (today's norm: the category decides).
 */
export const expectedLines = async (
  req: PayloadRequest,
  order: Order,
  purity: string,
): Promise<ExpectedLine[]> => {
  const items = order.items ?? []
  const productIds = [...new Set(items.map((item) => idOf(item.product) as DocumentId))]
  const { docs: products } = await req.payload.find({
    collection: 'products',
    where: { id: { in: productIds } },
    select: { category: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const categoryIds = [...new Set(products.map((p) => idOf(p.category) as DocumentId))]
  const { docs: categories } = await req.payload.find({
    collection: 'categories',
    where: { id: { in: categoryIds } },
    select: { wastageNorms: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const normOf = (productId: unknown) => {
    const product = products.find((p) => String(p.id) === String(productId))
    const category = categories.find((c) => String(c.id) === String(idOf(product?.category)))
    return normPercentFor(category?.wastageNorms as WastageNorm[] | undefined, purity)
  }
  return items.map((item) => ({
    purity: item.productSnapshot?.purity,
    netWeight: item.productSnapshot?.netWeight,
    quantity: item.quantity,
    normPercent: normOf(idOf(item.product)),
  }))
}
