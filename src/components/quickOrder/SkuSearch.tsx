'use client'

import { useEffect, useId, useState } from 'react'

import type { QuickProduct } from '@/src/queries/quickOrderViews'

import { ProductFacts, Thumb } from './ProductFacts'
import { searchProducts } from './quickOrderApi'

const debounceMs = 200

/**
 * The typeahead of the quick order, an ARIA combobox: type a SKU (the design number) or part of a
 * name; ↓/↑ move through the matches, Enter adds the highlighted one (or the piece whose SKU was
 * typed in full), Escape closes the list, then clears the box. Focus stays in the box, so the next
 * SKU can be typed at once.
 */
export function SkuSearch({ onPick }: { onPick: (product: QuickProduct) => void }) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<{ term: string; products: QuickProduct[] }>({
    term: '',
    products: [],
  })
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const id = useId()
  const term = q.trim()
  const matches = term.length >= 2 && found.term === term ? found.products : []
  const searching = term.length >= 2 && found.term !== term

  useEffect(() => {
    if (term.length < 2) return
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      searchProducts(term, controller.signal)
        .then((products) => {
          setFound({ term, products })
          setActive(products.length ? 0 : -1)
        })
        .catch(() => undefined) // Aborted by the next keystroke, or offline.
    }, debounceMs)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [term])

  const pick = (product: QuickProduct) => {
    onPick(product)
    setQ('')
    setOpen(false)
    setActive(-1)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(matches.length - 1, i + 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => Math.max(0, i - 1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const exact = matches.find((p) => p.sku.toUpperCase() === term.toUpperCase())
      const chosen = open && active >= 0 ? matches[active] : exact
      if (chosen) pick(chosen)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (open && matches.length) setOpen(false)
      else setQ('')
    }
  }

  const showList = open && matches.length > 0
  const status = searching
    ? ''
    : term.length < 2
      ? ''
      : matches.length
        ? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}: use the up and down arrows, Enter to add`
        : `Nothing matches “${term}”`
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="label">
        SKU or name
      </label>
      <input
        id={`${id}-input`}
        type="text"
        value={q}
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. RNG-G22-002 or jhumka"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-describedby={`${id}-status`}
        aria-activedescendant={showList && active >= 0 ? `${id}-${active}` : undefined}
        onChange={(event) => {
          setQ(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="field"
        data-testid="sku-search"
      />
      <p id={`${id}-status`} aria-live="polite" className="mt-1 min-h-4 text-xs text-ink-soft">
        {status}
      </p>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching pieces"
        hidden={!showList}
        className="absolute inset-x-0 top-[4.6rem] z-40 max-h-96 overflow-y-auto border border-ivory-300 bg-white shadow-xl shadow-ink/10"
      >
        {matches.map((product, i) => (
          <li
            key={String(product.id)}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input keeps focus, and its blur does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault()
              pick(product)
            }}
            onMouseMove={() => setActive(i)}
            className={`flex cursor-pointer items-center gap-3 px-3 py-2 text-sm ${i === active ? 'bg-ivory-200' : ''}`}
          >
            <Thumb product={product} size="sm" />
            <span className="min-w-0">
              <span className="block truncate font-serif text-base">{product.name}</span>
              <ProductFacts product={product} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
