import Link from 'next/link'

import type { CatalogueQuery } from '@/lib/catalogueQuery'
import { hasFilters } from '@/lib/catalogueQuery'
import type { CategoryView } from '@/src/queries/views'

import { chip } from './chip'

/** No pieces: why (the words searched, the filters), and where to go instead. */
export function EmptyState({
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
