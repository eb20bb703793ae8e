'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

type Filter = { status: string; label: string; count: number }

const chip = (active: boolean) =>
  ({
    display: 'inline-flex',
    gap: 6,
    alignItems: 'center',
    padding: '4px 10px',
    borderRadius: 999,
    border: `1px solid ${active ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-150)'}`,
    background: active ? 'var(--theme-elevation-800)' : 'transparent',
    color: active ? 'var(--theme-elevation-0)' : 'var(--theme-elevation-800)',
    textDecoration: 'none',
    fontSize: 13,
    whiteSpace: 'nowrap',
  }) as const

/** The status links themselves: the list's URL with `where[status][equals]` set (or cleared). */
export function StatusFilterLinks({ filters }: { filters: Filter[] }) {
  const pathname = usePathname()
  const params = useSearchParams()
  const current = params.get('where[status][equals]')
  const hrefFor = (status: string | null) => {
    const next = new URLSearchParams()
    // Keep the search, the sort and the page size; a new filter starts at page 1.
    for (const key of ['search', 'sort', 'limit']) {
      const value = params.get(key)
      if (value) next.set(key, value)
    }
    if (status) next.set('where[status][equals]', status)
    const query = next.toString()
    return query ? `${pathname}?${query}` : pathname
  }
  return (
    <nav
      aria-label="Filter orders by status"
      data-testid="status-filters"
      // One row that scrolls sideways on a phone, rather than three rows of chips.
      style={{ display: 'flex', gap: 8, marginBottom: 16, overflowX: 'auto', paddingBottom: 4 }}
    >
      <Link
        href={hrefFor(null)}
        style={chip(!current)}
        aria-current={!current ? 'page' : undefined}
      >
        All
      </Link>
      {filters.map(({ status, label, count }) => (
        <Link
          key={status}
          href={hrefFor(status)}
          style={chip(current === status)}
          aria-current={current === status ? 'page' : undefined}
          data-status={status}
        >
          {label}
          <span style={{ opacity: 0.7 }}>{count}</span>
        </Link>
      ))}
    </nav>
  )
}
