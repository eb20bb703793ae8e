'use client'

import type { ReactNode } from 'react'
import { useState } from 'react'

type Props = { activeCount: number; children: ReactNode }

/** Filters beside the results on a desktop; behind a "Filters" button on a phone. */
export function FilterPanel({ activeCount, children }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((o) => !o)}
        className="mb-4 flex min-h-11 w-full items-center justify-between border border-ivory-300 bg-white px-4 text-xs tracking-[0.16em] uppercase lg:hidden"
      >
        <span>Filters{activeCount ? ` (${activeCount})` : ''}</span>
        <span aria-hidden>{open ? '−' : '+'}</span>
      </button>
      <div
        id="filter-panel"
        className={`${open ? 'mb-6 block border border-ivory-300 bg-white/70 p-4' : 'hidden'} lg:block lg:border-0 lg:bg-transparent lg:p-0`}
      >
        {children}
      </div>
    </>
  )
}
