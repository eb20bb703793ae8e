'use client'

import { Picture } from '@/src/components/Picture'
import Link from 'next/link'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

import type { Suggestion } from '@/src/queries/products'

import { SearchIcon } from './icons'

const debounceMs = 300

type Props = { className?: string; autoFocus?: boolean; onNavigate?: () => void }

/**
 * Search with suggestions: waits 300 ms after the last keystroke, then asks the server for a few
 * matches. Enter (or the button) opens the catalogue filtered by the words typed.
 */
export function SearchBox({ className = '', autoFocus, onNavigate }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const currentQ = pathname === '/products' ? (params.get('q') ?? '') : ''
  const [q, setQ] = useState(currentQ)
  const [fetched, setFetched] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const listId = useId()
  const boxRef = useRef<HTMLDivElement>(null)

  // The box follows the URL's query after a navigation (React's "adjust state on prop change").
  const [shownQ, setShownQ] = useState(currentQ)
  if (shownQ !== currentQ) {
    setShownQ(currentQ)
    setQ(currentQ)
  }
  const term = q.trim()
  const suggestions = term.length < 2 ? [] : fetched

  useEffect(() => {
    if (term.length < 2) return
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      try {
        const res = await fetch(`/search/suggest?q=${encodeURIComponent(term)}`, {
          signal: controller.signal,
        })
        if (!res.ok) return
        const body = (await res.json()) as { suggestions: Suggestion[] }
        setFetched(body.suggestions)
        setActive(-1)
      } catch {
        // Aborted by the next keystroke, or offline: the search button still works.
      }
    }, debounceMs)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [term])

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [])

  const go = (href: string) => {
    setOpen(false)
    onNavigate?.()
    router.push(href)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (active >= 0 && suggestions[active]) return go(`/products/${suggestions[active].slug}`)
    const term = q.trim()
    go(term ? `/products?q=${encodeURIComponent(term)}` : '/products')
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(suggestions.length - 1, i + 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => Math.max(-1, i - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
    }
  }

  const showList = open && suggestions.length > 0
  return (
    <div ref={boxRef} className={`relative ${className}`}>
      <form role="search" onSubmit={submit} className="relative">
        <label htmlFor={`${listId}-input`} className="sr-only">
          Search the collection
        </label>
        <input
          id={`${listId}-input`}
          type="search"
          name="q"
          value={q}
          autoFocus={autoFocus}
          autoComplete="off"
          placeholder="Search rings, SKU, kundan…"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(event) => {
            setQ(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          className="h-11 w-full rounded-full border border-line bg-white/80 pr-11 pl-5 text-sm placeholder:text-ink-soft/70 focus:border-gold-700 focus:ring-1 focus:ring-gold-700 focus:outline-none"
        />
        <button
          type="submit"
          aria-label="Search"
          className="absolute top-0 right-0 flex size-11 items-center justify-center text-ink-soft hover:text-gold-700"
        >
          <SearchIcon width={20} height={20} />
        </button>
      </form>
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="absolute inset-x-0 top-full z-50 mt-2 overflow-hidden border border-ivory-300 bg-white shadow-xl shadow-ink/10"
        >
          {suggestions.map((s, i) => (
            <li key={s.slug} id={`${listId}-${i}`} role="option" aria-selected={i === active}>
              <Link
                href={`/products/${s.slug}`}
                onClick={() => {
                  setOpen(false)
                  onNavigate?.()
                }}
                className={`flex items-center gap-3 px-3 py-2 text-sm ${i === active ? 'bg-ivory-200' : 'hover:bg-ivory'}`}
              >
                <span className="relative size-10 shrink-0 overflow-hidden bg-ivory-200">
                  {s.thumb ? (
                    <Picture src={s.thumb} alt="" fill sizes="40px" className="object-cover" />
                  ) : null}
                </span>
                <span className="min-w-0">
                  <span className="block truncate font-serif text-base">{s.name}</span>
                  <span className="block truncate text-xs text-ink-soft">
                    {s.category} · {s.sku}
                  </span>
                </span>
              </Link>
            </li>
          ))}
          <li role="presentation" className="border-t border-ivory-300">
            <button
              type="button"
              onClick={() => go(`/products?q=${encodeURIComponent(q.trim())}`)}
              className="w-full px-3 py-2.5 text-left text-xs tracking-widest text-gold-700 uppercase hover:bg-ivory"
            >
              See all results for &ldquo;{q.trim()}&rdquo;
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  )
}
