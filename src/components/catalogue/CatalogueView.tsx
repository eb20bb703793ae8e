import Link from 'next/link'

import type { CatalogueQuery } from '@/lib/catalogueQuery'
import { catalogueHref, catalogueSorts } from '@/lib/catalogueQuery'
import type { ProductPage } from '@/src/queries/products'
import type { CategoryView } from '@/src/queries/views'

import { metalLabels } from '../format'
import { GridIcon, ListIcon } from '../layout/icons'
import { ProductGrid } from '../product/ProductGrid'
import { CatalogueFilters } from './CatalogueFilters'
import { chip } from './chip'
import { EmptyState } from './EmptyState'
import { SortSelect } from './FilterForm'
import { FilterPanel } from './FilterPanel'
import { Pagination } from './Pagination'

type Props = {
  query: CatalogueQuery
  /** `/products`, or a category page whose category is fixed by the path. */
  basePath: string
  categories: CategoryView[]
  result: ProductPage
  fixedCategory?: CategoryView
}

/** The catalogue: filters, sort, grid or list, pagination and an empty state; all state in the URL. */
export function CatalogueView({ query, basePath, categories, result, fixedCategory }: Props) {
  const href = (changes: Partial<CatalogueQuery>) =>
    catalogueHref(query, { page: 1, ...changes }, basePath)
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

  const from = (result.page - 1) * 20 + 1
  const to = from + result.products.length - 1

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-8 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-12">
      <aside aria-label="Filters">
        <div className="lg:sticky lg:top-36">
          <FilterPanel
            activeCount={active.length}
            total={result.totalDocs}
            category={fixedCategory?.slug}
          >
            <CatalogueFilters
              query={query}
              basePath={basePath}
              categories={categories}
              fixedCategory={fixedCategory}
              anyActive={active.length > 0}
            />
          </FilterPanel>
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
            <div className="flex border border-line bg-white" role="group" aria-label="Layout">
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
            <ProductGrid products={result.products} layout={query.view} eager={4} />
          ) : (
            <EmptyState query={query} basePath={basePath} categories={categories} />
          )}
        </div>

        <Pagination query={query} basePath={basePath} totalPages={result.totalPages} />
      </section>
    </div>
  )
}
