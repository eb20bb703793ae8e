import { metals, puritiesByMetal, purities, isMetal } from './metal'
import type { Metal } from './metal'

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

/** The query string of a catalogue view, with defaults left out so shared links stay short. */
const catalogueSearch = (query: CatalogueQuery, base: string): string => {
  const params = new URLSearchParams()
  if (query.category && base === '/products') params.set('category', query.category)
  if (query.metal) params.set('metal', query.metal)
  if (query.purity) params.set('purity', query.purity)
  if (query.minWeight !== undefined) params.set('minWeight', String(query.minWeight))
  if (query.maxWeight !== undefined) params.set('maxWeight', String(query.maxWeight))
  if (query.q) params.set('q', query.q)
  if (query.sort !== 'featured') params.set('sort', query.sort)
  if (query.view !== 'grid') params.set('view', query.view)
  if (query.page > 1) params.set('page', String(query.page))
  return params.toString()
}

/**
 * The URL of a catalogue view. `base` is `/products` or a category page, whose slug is then part
 * of the path rather than the query.
 */
export const catalogueHref = (
  query: CatalogueQuery,
  changes: Partial<CatalogueQuery> = {},
  base = '/products',
): string => {
  const search = catalogueSearch({ ...query, ...changes }, base)
  return search ? `${base}?${search}` : base
}

// The path segment that names a view in the page cache: its canonical query string, or `all`.
const allView = 'all'

/**
 * The cache's name for the view a URL's search params ask for: each distinct view is rendered
 * once, and any spelling of it (order of params, defaults written out, junk dropped) shares it.
 */
export const catalogueViewKey = (params: URLSearchParams, base: string): string =>
  catalogueSearch(parseCatalogueQuery(Object.fromEntries(params)), base) || allView

/**
 * The view a cache key names, or null when the key is not the canonical spelling of one (a typed
 * or crafted URL): each view then has exactly one cache entry.
 */
export const readCatalogueViewKey = (key: string, base: string): CatalogueQuery | null => {
  if (!key) return null
  const search = key === allView ? '' : key
  const query = parseCatalogueQuery(Object.fromEntries(new URLSearchParams(search)))
  return catalogueSearch(query, base) === search ? query : null
}

export { metals, puritiesByMetal, purities }
