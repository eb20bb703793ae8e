import Link from 'next/link'

import type { CatalogueQuery } from '@/src/queries/catalogueQuery'
import {
  catalogueHref,
  catalogueSorts,
  hasFilters,
  metals,
  puritiesByMetal,
  purities,
} from '@/src/queries/catalogueQuery'
import type { Pricing } from '@/src/queries/pricing'
import type { ProductPage } from '@/src/queries/products'
import type { CategoryView } from '@/src/queries/views'

import { metalLabels } from '../format'
import { GridIcon, ListIcon } from '../layout/icons'
import { ProductGrid } from '../product/ProductGrid'
import { FilterForm, SortSelect } from './FilterForm'
import { FilterPanel } from './FilterPanel'
import { Pagination } from './Pagination'

type Props = {
  query: CatalogueQuery
  /** `/products`, or a category page whose category is fixed by the path. */
  basePath: string
  categories: CategoryView[]
  result: ProductPage
  pricing: Map<number, Pricing>
  fixedCategory?: CategoryView
}

const chip =
  'inline-flex items-center gap-1.5 border border-ivory-300 bg-white px-3 py-1.5 text-xs hover:border-gold-700'

/** The catalogue: filters, sort, grid or list, pagination and an empty state; all state in the URL. */
export function CatalogueView({
  query,
  basePath,
  categories,
  result,
  pricing,
  fixedCategory,
}: Props) {
  const href = (changes: Partial<CatalogueQuery>) =>
    catalogueHref(query, { page: 1, ...changes }, basePath)
  const purityOptions = query.metal ? puritiesByMetal[query.metal] : purities
  const categoryName = (slug: string) => categories.find((c) => c.slug === slug)?.name ?? slug

  const active: { label: string; href: string }[] = []
  if (query.category && !fixedCategory)
    active.push({ label: categoryName(query.category), href: href({ category: undefined }) })
  if (query.metal)
    active.push({
      label: metalLabels[query.metal],
      href: href({ metal: undefined, purity: undefined }),
    })
  if (query.purity) active.push({ label: query.purity, href: href({ purity: undefined }) })
  if (query.minWeight !== undefined)
    active.push({ label: `≥ ${query.minWeight} g`, href: href({ minWeight: undefined }) })
  if (query.maxWeight !== undefined)
    active.push({ label: `≤ ${query.maxWeight} g`, href: href({ maxWeight: undefined }) })
  if (query.q) active.push({ label: `“${query.q}”`, href: href({ q: undefined }) })

  const filters = (
    <FilterForm action={basePath} className="space-y-7">
      <input type="hidden" name="view" value={query.view} />
      <div>
        <label htmlFor="filter-q" className="label">
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          placeholder="Name, SKU or tag"
          className="field"
        />
      </div>
      {fixedCategory ? null : (
        <div>
          <label htmlFor="filter-category" className="label">
            Category
          </label>
          <select
            id="filter-category"
            name="category"
            defaultValue={query.category ?? ''}
            className="field"
          >
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset>
        <legend className="label">Metal</legend>
        <div className="flex flex-wrap gap-2">
          {[
            { value: '', label: 'Any' },
            ...metals.map((m) => ({ value: m, label: metalLabels[m] })),
          ].map((option) => (
            <label key={option.value || 'any'} className="cursor-pointer">
              <input
                type="radio"
                name="metal"
                value={option.value}
                defaultChecked={(query.metal ?? '') === option.value}
                className="peer sr-only"
              />
              <span className="inline-block border border-ivory-300 bg-white px-3 py-2 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-ivory peer-focus-visible:ring-2 peer-focus-visible:ring-gold-700">
                {option.label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="filter-purity" className="label">
          Purity
        </label>
        <select
          id="filter-purity"
          name="purity"
          defaultValue={query.purity ?? ''}
          className="field"
        >
          <option value="">Any purity</option>
          {purityOptions.map((purity) => (
            <option key={purity} value={purity}>
              {purity}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="label">Gross weight (grams)</legend>
        <div className="flex items-center gap-2">
          <input
            name="minWeight"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={query.minWeight ?? ''}
            placeholder="Min"
            aria-label="Minimum weight in grams"
            className="field"
          />
          <span aria-hidden className="text-ink-soft">
            –
          </span>
          <input
            name="maxWeight"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={query.maxWeight ?? ''}
            placeholder="Max"
            aria-label="Maximum weight in grams"
            className="field"
          />
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" className="btn-primary flex-1">
          Apply
        </button>
        {active.length ? (
          <Link
            href={basePath}
            className="text-xs tracking-[0.14em] text-gold-700 uppercase underline-offset-4 hover:underline"
          >
            Clear all
          </Link>
        ) : null}
      </div>
    </FilterForm>
  )

  const from = (result.page - 1) * 20 + 1
  const to = from + result.products.length - 1

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-8 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-12">
      <aside aria-label="Filters">
        <div className="lg:sticky lg:top-36">
          <FilterPanel activeCount={active.length}>{filters}</FilterPanel>
        </div>
      </aside>

      <section aria-labelledby="results-heading" className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-ivory-300 pb-4">
          <p
            id="results-heading"
            className="text-sm text-ink-soft"
            aria-live="polite"
            data-testid="result-count"
          >
            {result.totalDocs === 0
              ? 'No pieces found'
              : result.totalPages > 1
                ? `${from}–${to} of ${result.totalDocs} pieces`
                : `${result.totalDocs} ${result.totalDocs === 1 ? 'piece' : 'pieces'}`}
          </p>
          <div className="flex items-center gap-2">
            <SortSelect
              value={query.sort}
              options={Object.entries(catalogueSorts).map(([value, { label }]) => ({
                value,
                label,
              }))}
            />
            <div className="flex border border-ivory-300 bg-white" role="group" aria-label="Layout">
              <Link
                href={href({ view: 'grid', page: query.page })}
                aria-label="Grid view"
                aria-current={query.view === 'grid' ? 'true' : undefined}
                scroll={false}
                className={`flex size-10 items-center justify-center ${query.view === 'grid' ? 'bg-ink text-ivory' : 'hover:text-gold-700'}`}
              >
                <GridIcon width={18} height={18} />
              </Link>
              <Link
                href={href({ view: 'list', page: query.page })}
                aria-label="List view"
                aria-current={query.view === 'list' ? 'true' : undefined}
                scroll={false}
                className={`flex size-10 items-center justify-center ${query.view === 'list' ? 'bg-ink text-ivory' : 'hover:text-gold-700'}`}
              >
                <ListIcon width={18} height={18} />
              </Link>
            </div>
          </div>
        </div>

        {active.length ? (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Active filters">
            {active.map((filter) => (
              <li key={filter.label}>
                <Link
                  href={filter.href}
                  className={chip}
                  aria-label={`Remove filter ${filter.label}`}
                >
                  {filter.label} <span aria-hidden>×</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}

        <div className="mt-8">
          {result.products.length ? (
            <ProductGrid
              products={result.products}
              pricing={pricing}
              layout={query.view}
              eager={4}
            />
          ) : (
            <EmptyState query={query} basePath={basePath} categories={categories} />
          )}
        </div>

        <Pagination query={query} basePath={basePath} totalPages={result.totalPages} />
      </section>
    </div>
  )
}

function EmptyState({
  query,
  basePath,
  categories,
}: {
  query: CatalogueQuery
  basePath: string
  categories: CategoryView[]
}) {
  const filtered = hasFilters(query)
  return (
    <div className="mx-auto max-w-lg py-16 text-center" data-testid="empty-state">
      <div className="mx-auto mb-6 flex size-16 items-center justify-center rounded-full border border-gold-500/50 font-serif text-2xl text-gold-700">
        ✧
      </div>
      <h2 className="font-serif text-3xl">Nothing quite matches</h2>
      <p className="mt-3 text-ink-soft">
        {query.q ? (
          <>
            We found no pieces for &ldquo;{query.q}&rdquo;
            {filtered &&
            (query.metal ||
              query.purity ||
              query.minWeight !== undefined ||
              query.maxWeight !== undefined)
              ? ' with these filters'
              : ''}
            . Try a shorter word, a SKU, or a style such as &ldquo;jhumka&rdquo; or
            &ldquo;kundan&rdquo;.
          </>
        ) : (
          <>No pieces match these filters yet. Widen the weight range or try another metal.</>
        )}
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {filtered ? (
          <Link href={basePath} className="btn-primary">
            Clear filters
          </Link>
        ) : null}
        <Link href="/contact" className="btn-outline">
          Ask for a custom piece
        </Link>
      </div>
      <p className="mt-10 text-xs tracking-[0.16em] text-ink-soft uppercase">Or browse</p>
      <ul className="mt-3 flex flex-wrap justify-center gap-2">
        {categories.slice(0, 6).map((category) => (
          <li key={category.slug}>
            <Link href={`/categories/${category.slug}`} className={chip}>
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
