import type { DocumentId } from '@/lib/queryInput'
import { payloadClient } from './payload'
import { getViewer } from './viewer'

/** Commercial terms of one product, present only for people the collection lets see them. */
export type Pricing = { price: number | null; wastage: number | null; makingCharges: number | null }

/**
 * Prices of the given products for this request's viewer, by product id. The collection's field
 * access decides who sees them (staff and approved vendors), so this reads with the viewer and
 * `overrideAccess: false` and returns an empty map for everyone else. Never cached: per person.
 */
export const getPricingFor = async (
  productIds: DocumentId[],
): Promise<Map<DocumentId, Pricing>> => {
  const pricing = new Map<DocumentId, Pricing>()
  const user = await getViewer()
  if (!user || productIds.length === 0) return pricing
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'products',
    where: { id: { in: productIds } },
    select: { price: true, wastage: true, makingCharges: true },
    limit: productIds.length,
    depth: 0,
    overrideAccess: false,
    user,
  })
  for (const doc of docs) {
    if (doc.price == null && doc.wastage == null && doc.makingCharges == null) continue
    pricing.set(doc.id, {
      price: doc.price ?? null,
      wastage: doc.wastage ?? null,
      makingCharges: doc.makingCharges ?? null,
    })
  }
  return pricing
}
