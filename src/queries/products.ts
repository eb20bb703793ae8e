import type { DocumentId } from '@/lib/queryInput'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { getCategoryBySlug } from './catalogue'
import type { CatalogueQuery } from '@/lib/catalogueQuery'
import { catalogueSorts, cataloguePageSize } from '@/lib/catalogueQuery'
import { payloadClient } from './payload'
import type { ProductCardView, ProductDetailView } from './views'
import { toProductCard, toProductDetail } from './views'

// Public view only: every query runs without a user, so field access strips prices before anything
// is cached. Prices reach the people allowed to see them from the products API, in their browser
// (components/product/PriceBook.tsx).

const tags = [cacheTags.products, cacheTags.categories]

// Each word must match somewhere (name, SKU, a tag or the category's name): "gold ring" narrows.
const searchWhere = (q: string): Where[] =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((word): Where => ({
      or: ['name', 'sku', 'tags', 'category.name'].map((field): Where => ({
        [field]: { like: word },
      })),
    }))

export type ProductPage = {
  products: ProductCardView[]
  totalDocs: number
  totalPages: number
  page: number
}

const findProducts = unstable_cache(
  async (
    filter: Omit<CatalogueQuery, 'category' | 'view'> & { categoryId?: DocumentId },
  ): Promise<ProductPage> => {
    const payload = await payloadClient()
    const and: Where[] = []
    if (filter.categoryId !== undefined) and.push({ category: { equals: filter.categoryId } })
    if (filter.metal) and.push({ metal: { equals: filter.metal } })
    if (filter.purity) and.push({ purity: { equals: filter.purity } })
    if (filter.minWeight !== undefined)
      and.push({ grossWeight: { greater_than_equal: filter.minWeight } })
    if (filter.maxWeight !== undefined)
      and.push({ grossWeight: { less_than_equal: filter.maxWeight } })
    if (filter.q) and.push(...searchWhere(filter.q))
    const result = await payload.find({
      collection: 'products',
      where: and.length ? { and } : undefined,
      sort: [...catalogueSorts[filter.sort].sort],
      page: filter.page,
      limit: cataloguePageSize,
      depth: 1,
      overrideAccess: false,
    })
    return {
      products: result.docs.map(toProductCard),
      totalDocs: result.totalDocs,
      totalPages: result.totalPages,
      page: result.page ?? filter.page,
    }
  },
  ['storefront:products:list'],
  { tags },
)

/** One page of the catalogue for a URL's filters; an unknown category gives an empty page. */
export const listProducts = async (query: CatalogueQuery): Promise<ProductPage> => {
  const { category, view: _view, ...filter } = query
  let categoryId: DocumentId | undefined
  if (category) {
    const found = await getCategoryBySlug(category)
    if (!found) return { products: [], totalDocs: 0, totalPages: 0, page: 1 }
    categoryId = found.id
  }
  return findProducts({ ...filter, categoryId })
}

/** Featured pieces for the home page, newest first. */
export const listFeaturedProducts = unstable_cache(
  async (limit: number): Promise<ProductCardView[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      where: { featured: { equals: true } },
      sort: '-createdAt',
      limit,
      depth: 1,
      overrideAccess: false,
    })
    return docs.map(toProductCard)
  },
  ['storefront:products:featured'],
  { tags },
)

/** A published product by slug, or null (drafts are invisible to the public view). */
export const getProductBySlug = unstable_cache(
  async (slug: string): Promise<ProductDetailView | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      overrideAccess: false,
    })
    return docs[0] ? toProductDetail(docs[0]) : null
  },
  ['storefront:products:by-slug'],
  { tags },
)

/** Other pieces from the same category, for "You may also like". */
export const listRelatedProducts = unstable_cache(
  async (
    productId: DocumentId,
    categoryId: DocumentId,
    limit: number,
  ): Promise<ProductCardView[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      where: { and: [{ category: { equals: categoryId } }, { id: { not_equals: productId } }] },
      sort: ['-featured', '-createdAt'],
      limit,
      depth: 1,
      overrideAccess: false,
    })
    return docs.map(toProductCard)
  },
  ['storefront:products:related'],
  { tags },
)

export type Suggestion = {
  slug: string
  name: string
  sku: string
  category: string
  thumb: string | null
}

/** Up to six quick matches for the search box. */
export const suggestProducts = unstable_cache(
  async (q: string): Promise<Suggestion[]> => {
    const where = searchWhere(q)
    if (where.length === 0) return []
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      where: { and: where },
      // The catalogue's own order, which an index serves: reading stops at the sixth match. By
      // name, every match was read and sorted first, which grows with the catalogue.
      sort: catalogueSorts.featured.sort,
      limit: 6,
      depth: 1,
      overrideAccess: false,
    })
    return docs.map(toProductCard).map((card) => ({
      slug: card.slug,
      name: card.name,
      sku: card.sku,
      category: card.category?.name ?? '',
      thumb: card.image?.thumb ?? null,
    }))
  },
  ['storefront:products:suggest'],
  { tags },
)

/** Every published product's slug and last change, for the sitemap. */
export const listProductSlugs = unstable_cache(
  async (): Promise<{ slug: string; updatedAt: string }[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  },
  ['storefront:products:slugs'],
  { tags },
)
