import { metals, puritiesByMetal, purities, isMetal } from '@/lib/metal'
import type { Metal } from '@/lib/metal'

/** How the catalogue can be ordered; the key is what appears in the URL. */
export const catalogueSorts = {
  featured: { label: 'Featured', sort: ['-featured', '-createdAt'] },
  newest: { label: 'Newest', sort: ['-createdAt'] },
  name: { label: 'Name A–Z', sort: ['name'] },
  'weight-asc': { label: 'Weight: light to heavy', sort: ['grossWeight', 'name'] },
  'weight-desc': { label: 'Weight: heavy to light', sort: ['-grossWeight', 'name'] },
} as const satisfies Record<string, { label: string; sort: string[] }>

export type CatalogueSort = keyof typeof catalogueSorts

export const cataloguePageSize = 20

/** Everything that decides one catalogue view. It lives in the URL, so a link reproduces it. */
export type CatalogueQuery = {
  category?: string
  metal?: Metal
  purity?: string
  minWeight?: number
  maxWeight?: number
  q?: string
  sort: CatalogueSort
  page: number
  view: 'grid' | 'list'
}

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined

const grams = (value: string | undefined) => {
  if (!value) return undefined
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 && n <= 10_000 ? n : undefined
}

/** Reads a catalogue view from search params, dropping anything malformed instead of failing. */
export const parseCatalogueQuery = (params: Params): CatalogueQuery => {
  const metal = first(params.metal)
  const purity = first(params.purity)
  const sort = first(params.sort)
  const page = Number(first(params.page))
  const category = first(params.category)
  const validMetal = metal && isMetal(metal) ? metal : undefined
  const allowedPurities = validMetal ? puritiesByMetal[validMetal] : purities
  return {
    category: category && /^[a-z0-9-]{1,80}$/.test(category) ? category : undefined,
    metal: validMetal,
    purity: purity && allowedPurities.includes(purity) ? purity : undefined,
    minWeight: grams(first(params.minWeight)),
    maxWeight: grams(first(params.maxWeight)),
    q: first(params.q)?.slice(0, 80),
    sort: sort && sort in catalogueSorts ? (sort as CatalogueSort) : 'featured',
    page: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
    view: first(params.view) === 'list' ? 'list' : 'grid',
  }
}

/** True when the view is narrowed by anything other than its category (for the empty state). */
export const hasFilters = (query: CatalogueQuery) =>
  Boolean(
    query.metal ||
    query.purity ||
    query.q ||
    query.minWeight !== undefined ||
    query.maxWeight !== undefined,
  )

/**
 * The URL of a catalogue view, with defaults left out so shared links stay short. `base` is
 * `/products` or a category page, whose slug is then part of the path rather than the query.
 */
export const catalogueHref = (
  query: CatalogueQuery,
  changes: Partial<CatalogueQuery> = {},
  base = '/products',
): string => {
  const next = { ...query, ...changes }
  const params = new URLSearchParams()
  if (next.category && base === '/products') params.set('category', next.category)
  if (next.metal) params.set('metal', next.metal)
  if (next.purity) params.set('purity', next.purity)
  if (next.minWeight !== undefined) params.set('minWeight', String(next.minWeight))
  if (next.maxWeight !== undefined) params.set('maxWeight', String(next.maxWeight))
  if (next.q) params.set('q', next.q)
  if (next.sort !== 'featured') params.set('sort', next.sort)
  if (next.view !== 'grid') params.set('view', next.view)
  if (next.page > 1) params.set('page', String(next.page))
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

export { metals, puritiesByMetal, purities }
