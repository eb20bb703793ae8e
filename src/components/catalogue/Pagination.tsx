import Link from 'next/link'

import type { CatalogueQuery } from '@/lib/catalogueQuery'
import { catalogueHref } from '@/lib/catalogueQuery'

type Props = { query: CatalogueQuery; basePath: string; totalPages: number }

// First, last, and two either side of the current page; gaps become an ellipsis.
const pagesToShow = (current: number, total: number): (number | 'gap')[] => {
  const pages: (number | 'gap')[] = []
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= 1) pages.push(p)
    else if (pages[pages.length - 1] !== 'gap') pages.push('gap')
  }
  return pages
}

/** Numbered pages as links, so every page of results has its own URL. */
export function Pagination({ query, basePath, totalPages }: Props) {
  if (totalPages <= 1) return null
  const current = Math.min(query.page, totalPages)
  const to = (page: number) => catalogueHref(query, { page }, basePath)
  const box = 'flex min-w-11 h-11 items-center justify-center px-3 text-sm'
  return (
    <nav aria-label="Pages" className="mt-14 flex items-center justify-center gap-1">
      {current > 1 ? (
        <Link href={to(current - 1)} rel="prev" className={`${box} hover:text-gold-700`}>
          ← <span className="ml-1 hidden sm:inline">Previous</span>
        </Link>
      ) : null}
      {pagesToShow(current, totalPages).map((page, i) =>
        page === 'gap' ? (
          <span key={`gap-${i}`} className={`${box} text-ink-soft`} aria-hidden>
            …
          </span>
        ) : (
          <Link
            key={page}
            href={to(page)}
            aria-current={page === current ? 'page' : undefined}
            aria-label={`Page ${page}`}
            className={`${box} ${page === current ? 'bg-ink text-ivory' : 'border border-ivory-300 bg-white hover:border-gold-700'}`}
          >
            {page}
          </Link>
        ),
      )}
      {current < totalPages ? (
        <Link href={to(current + 1)} rel="next" className={`${box} hover:text-gold-700`}>
          <span className="mr-1 hidden sm:inline">Next</span> →
        </Link>
      ) : null}
    </nav>
  )
}
