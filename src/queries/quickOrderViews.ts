import type { DocumentId } from '@/lib/queryInput'
import type { Product } from '@/payload-types'

import { toImageView } from './views'

/**
 * A piece as the quick order shows it. Built from what the products API or the Local API gave
 * the signed-in person (lib/quickOrder.ts `quickOrderProductFields`): `price` is null unless field
 * access let it through.
 */
export type QuickProduct = {
  id: DocumentId
  sku: string
  name: string
  slug: string
  /** Exactly the sizes the piece is made in; empty for a one-size piece. */
  sizes: string[]
  grossWeight: number | null
  netWeight: number | null
  thumb: string | null
  price: number | null
  /** How the price is made up, for the totals' GST: field access decides, as for the price. */
  pricing: string | null
  makingCharges: number | null
  stoneCharges: number | null
}

type ProductDoc = Pick<Product, 'id' | 'sku' | 'name'> &
  Partial<
    Pick<
      Product,
      | 'slug'
      | 'sizes'
      | 'grossWeight'
      | 'netWeight'
      | 'images'
      | 'price'
      | 'pricing'
      | 'makingCharges'
      | 'stoneCharges'
    >
  >

export const toQuickProduct = (doc: ProductDoc): QuickProduct => ({
  id: doc.id,
  sku: doc.sku,
  name: doc.name,
  slug: doc.slug || String(doc.id),
  sizes: doc.sizes ?? [],
  grossWeight: doc.grossWeight ?? null,
  netWeight: doc.netWeight ?? null,
  thumb: toImageView(doc.images?.[0])?.thumb ?? null,
  price: typeof doc.price === 'number' ? doc.price : null,
  pricing: doc.pricing ?? null,
  makingCharges: doc.makingCharges ?? null,
  stoneCharges: doc.stoneCharges ?? null,
})
