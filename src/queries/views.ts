import type { RateTerms } from '@/lib/ratePricing'
import type { DocumentId } from '@/lib/queryInput'
import type { Category, Media, Product } from '@/payload-types'

/** An image as the storefront shows it: the three generated WebP sizes, never the original upload. */
export type ImageView = {
  alt: string
  thumb: string
  card: string
  large: string
  width: number
  height: number
}

/**
 * What a product card needs and nothing more. Built field by field, so a price can never ride along
 * into a cache entry or a client component, whoever fetched the document.
 */
export type ProductCardView = {
  id: DocumentId
  slug: string
  name: string
  sku: string
  metal: Product['metal']
  purity: Product['purity']
  grossWeight: number
  netWeight: number
  featured: boolean
  category: { name: string; slug: string } | null
  image: ImageView | null
}

/** The public face of one product page: the card plus specifications, gallery and description. */
export type ProductDetailView = ProductCardView & {
  categoryId: DocumentId | null
  stoneWeight: number
  attributes: { key: string; value: string }[]
  /** Exactly the sizes a buyer may choose; empty for a one-size piece. */
  sizes: string[]
  tags: string[]
  description: Product['description']
  images: ImageView[]
  updatedAt: string
}

export type CategoryView = {
  id: DocumentId
  name: string
  slug: string
  description: string
  icon: ImageView | null
}

/** Maps an upload to its generated sizes; null while it is still an unpopulated id. */
export const toImageView = (media: number | Media | null | undefined): ImageView | null => {
  if (!media || typeof media !== 'object' || !media.url) return null
  const { sizes } = media
  const large = sizes?.large?.url || media.url
  return {
    alt: media.alt || '',
    thumb: sizes?.thumbnail?.url || sizes?.card?.url || large,
    card: sizes?.card?.url || large,
    large,
    width: sizes?.large?.width || media.width || 1200,
    height: sizes?.large?.height || media.height || 1200,
  }
}

const categoryOf = (category: Product['category']) =>
  typeof category === 'object' && category ? category : null

export const toProductCard = (doc: Product): ProductCardView => {
  const category = categoryOf(doc.category)
  return {
    id: doc.id,
    slug: doc.slug || String(doc.id),
    name: doc.name,
    sku: doc.sku,
    metal: doc.metal,
    purity: doc.purity,
    grossWeight: doc.grossWeight,
    netWeight: doc.netWeight,
    featured: Boolean(doc.featured),
    category: category ? { name: category.name, slug: category.slug || String(category.id) } : null,
    image: toImageView(doc.images?.[0]),
  }
}

export const toProductDetail = (doc: Product): ProductDetailView => {
  const category = categoryOf(doc.category)
  return {
    ...toProductCard(doc),
    categoryId: category?.id ?? (typeof doc.category === 'number' ? doc.category : null),
    stoneWeight: doc.stoneWeight ?? 0,
    attributes: (doc.attributes ?? []).map(({ key, value }) => ({ key, value })),
    sizes: doc.sizes ?? [],
    tags: doc.tags ?? [],
    description: doc.description ?? null,
    images: (doc.images ?? []).map(toImageView).filter((image) => image !== null),
    updatedAt: doc.updatedAt,
  }
}

/** The fields a category view reads (a `select`). */
export const categoryViewFields = { name: true, slug: true, description: true, icon: true } as const

export const toCategoryView = (
  doc: Pick<Category, 'id' | 'name' | 'slug' | 'description' | 'icon'>,
): CategoryView => ({
  id: doc.id,
  name: doc.name,
  slug: doc.slug || String(doc.id),
  description: doc.description || '',
  icon: toImageView(doc.icon),
})

/**
 * Commercial terms of one product, as the products API gives them to staff and approved vendors
 * (components/product/PriceBook.tsx). Never part of a view above: those are cached for everyone.
 */
export type Pricing = {
  price: number | null
  wastage: number | null
  makingCharges: number | null
  /** `fixed` or `rate_linked`, and a rate-linked piece's stone charges: its GST parts. */
  pricing: string | null
  stoneCharges: number | null
  /** Rate-linked pieces: the terms and the rate their price was worked out from. */
  rateTerms?: RateTerms | null
}
