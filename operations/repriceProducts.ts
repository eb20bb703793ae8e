import type { PayloadRequest } from 'payload'

import { rateOf } from '@/lib/metal'
import { piecePrice, rateTermsOf } from '@/lib/ratePricing'
import type { Rate } from '@/payload-types'

/**
 * Reprices every rate-linked product from `rates` (just saved), inside the caller's transaction, so
 * a vendor reading the catalogue sees the new prices as soon as the rates are in. Written straight
 * through the database adapter: a price that follows the rates is no staff edit, so it raises no
 * audit entry or cache revalidation per product (public pages carry no price).
 * @returns how many products changed price
 */
export const repriceProducts = async (req: PayloadRequest, rates: Rate): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: 'products',
    where: { pricing: { equals: 'rate_linked' } },
    select: {
      metal: true,
      purity: true,
      netWeight: true,
      wastage: true,
      makingBasis: true,
      makingRate: true,
      stoneCharges: true,
      price: true,
      makingCharges: true,
      quotedRate: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let changed = 0
  for (const product of docs) {
    const rate = rateOf(rates, product.metal, product.purity)
    const terms = rateTermsOf(product, rate)
    const parts = terms ? piecePrice(terms) : null
    const data = {
      price: parts?.price ?? null,
      makingCharges: parts ? parts.making : product.makingCharges,
      quotedRate: parts ? rate : null,
    }
    if (data.price === product.price && data.quotedRate === product.quotedRate) continue
    await req.payload.db.updateOne({ collection: 'products', id: product.id, data, req })
    changed++
  }
  return changed
}
