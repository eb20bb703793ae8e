import type { CollectionBeforeChangeHook } from 'payload'

import { rateOf } from '@/lib/metal'
import { piecePrice, rateTermsOf } from '@/lib/ratePricing'
import { ratesOf } from '@/operations/rates'
import type { Product } from '@/payload-types'

/**
 * A rate-linked product's price and making charges are worked out from the current rate of its
 * metal and purity (lib/ratePricing.ts), never typed; `quotedRate` records the rate they used so
 * the price can be explained. No rate set yet for its purity: no price, and it cannot be ordered.
 */
export const priceFromRates: CollectionBeforeChangeHook<Product> = async ({
  data,
  originalDoc,
  req,
}) => {
  const product = { ...originalDoc, ...data }
  if (product.pricing !== 'rate_linked') return { ...data, quotedRate: null }
  const rate = rateOf(await ratesOf(req), product.metal ?? '', product.purity ?? '')
  const terms = rateTermsOf(product, rate)
  if (!terms) return { ...data, price: null, quotedRate: null }
  const parts = piecePrice(terms)
  return { ...data, price: parts.price, makingCharges: parts.making, quotedRate: rate }
}
