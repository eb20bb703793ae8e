'use client'

import type { ReactNode } from 'react'
import { useEffect, useRef, useState } from 'react'

import { CloseIcon } from '../layout/icons'
import { useModal } from '../layout/useModal'
import { FilterPreviewContext, filterFormId } from './FilterForm'

type Props = {
  activeCount: number
  /** Pieces in the view shown now: the sheet's count until a choice changes it. */
  total: number
  /** The category a category page fixes by its path, which every count must keep. */
  category?: string
  children: ReactNode
}

// The width from which the filters stand beside the results (Tailwind's `lg`).
const desktop = '(min-width: 1024px)'

const showLabel = (count: number | null) =>
  count === null
    ? 'Show pieces'
    : count === 0
      ? 'No pieces match'
      : `Show ${count} ${count === 1 ? 'piece' : 'pieces'}`

/**
 * Filters beside the results on a desktop, where each choice applies at once. On a phone they open
 * in a bottom sheet instead: choices there only count the pieces they would show (from
 * /search/count, the same cached query the page runs), and "Show N pieces" applies them. The sheet
 * is modal: focus stays inside, Escape or the backdrop dismisses it (the form goes back to the view
 * shown), and focus returns to the Filters button.
 */
export function FilterPanel({ activeCount, total, category, children }: Props) {
  const [open, setOpen] = useState(false)
  const [count, setCount] = useState<number | null>(total)
  const [counting, setCounting] = useState(false)
  // Bumped when the sheet is dismissed: the form is drawn afresh from the view shown. (A DOM
  // reset() would leave React believing the old choices, and a choice made again would not count.)
  const [draft, setDraft] = useState(0)
  const sheet = useRef<HTMLDivElement>(null)
  const wait = useRef<ReturnType<typeof setTimeout>>(undefined)
  const asked = useRef(0)

  const dismiss = () => {
    clearTimeout(wait.current)
    asked.current++
    setDraft((n) => n + 1)
    setCounting(false)
    setOpen(false)
  }
  useModal(sheet, open, dismiss)

  // A phone turned sideways, or a window widened, shows the desktop filters: no sheet there.
  useEffect(() => {
    if (!open) return
    const wide = window.matchMedia(desktop)
    const onChange = () => wide.matches && setOpen(false)
    wide.addEventListener('change', onChange)
    return () => wide.removeEventListener('change', onChange)
  }, [open])

  useEffect(() => () => clearTimeout(wait.current), [])

  const preview = (search: string) => {
    clearTimeout(wait.current)
    setCounting(true)
    const ask = ++asked.current
    // Typing a weight asks once it pauses, not at every keystroke.
    wait.current = setTimeout(async () => {
      const params = new URLSearchParams(search)
      if (category) params.set('category', category)
      let next: number | null = null
      try {
        const res = await fetch(`/search/count?${params}`)
        if (res.ok) next = ((await res.json()) as { totalDocs: number }).totalDocs
      } catch {
        // Offline: the button still applies the choices, it just cannot say how many.
      }
      if (ask !== asked.current) return
      setCount(next)
      setCounting(false)
    }, 250)
  }
  const applied = () => {
    clearTimeout(wait.current)
    asked.current++
    setCounting(false)
    setOpen(false)
  }

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => {
          setCount(total)
          setOpen(true)
        }}
        className="mb-4 flex min-h-11 w-full items-center justify-between border border-line bg-white px-4 text-xs tracking-[0.16em] uppercase lg:hidden"
      >
        <span>Filters{activeCount ? ` (${activeCount})` : ''}</span>
        <span aria-hidden>+</span>
      </button>
      {open ? <div aria-hidden className="fixed inset-0 z-50 bg-ink/40" onClick={dismiss} /> : null}
      <div
        id="filter-panel"
        ref={sheet}
        role={open ? 'dialog' : undefined}
        aria-modal={open ? true : undefined}
        aria-labelledby={open ? 'filter-sheet-title' : undefined}
        data-testid={open ? 'filter-sheet' : undefined}
        className={
          open
            ? 'fixed inset-x-0 bottom-0 z-50 flex max-h-[88dvh] flex-col rounded-t-2xl bg-ivory shadow-2xl'
            : 'hidden lg:block'
        }
      >
        {open ? (
          <div className="flex items-center justify-between border-b border-ivory-300 py-2 pr-2 pl-5">
            <h2 id="filter-sheet-title" className="font-serif text-2xl">
              Filters
            </h2>
            <button
              type="button"
              onClick={dismiss}
              aria-label="Close filters"
              className="inline-flex size-11 items-center justify-center"
            >
              <CloseIcon />
            </button>
          </div>
        ) : null}
        <div
          key={draft}
          className={open ? 'overflow-y-auto overscroll-contain px-5 py-5' : undefined}
        >
          <FilterPreviewContext value={open ? { preview, applied } : null}>
            {children}
          </FilterPreviewContext>
        </div>
        {open ? (
          <div className="border-t border-ivory-300 px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
            <button
              type="submit"
              form={filterFormId}
              disabled={count === 0}
              aria-busy={counting}
              className="btn-primary w-full"
              data-testid="show-pieces"
            >
              {showLabel(count)}
            </button>
          </div>
        ) : null}
      </div>
    </>
  )
}
