'use client'

import { useRouter } from 'next/navigation'
import type { ChangeEvent, FormEvent, ReactNode } from 'react'
import { createContext, useContext } from 'react'

export const filterFormId = 'catalogue-filters'

/**
 * Present while the filters are open in a phone's bottom sheet (FilterPanel): a choice is then
 * counted (`preview`) instead of applied, and applying closes the sheet.
 */
export const FilterPreviewContext = createContext<{
  preview: (search: string) => void
  applied: () => void
} | null>(null)

// The view's query string: empty fields and defaults stay out, so shared links are short and stable.
const searchOf = (form: HTMLFormElement) => {
  const params = new URLSearchParams()
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== 'string' || value === '') continue
    if ((key === 'sort' && value === 'featured') || (key === 'view' && value === 'grid')) continue
    params.set(key, value)
  }
  return params.toString()
}

type Props = { action: string; children: ReactNode; className?: string }

/**
 * The catalogue's filters as a plain GET form, so the whole view lives in the URL and works without
 * JavaScript. With it, choices apply at once and navigation stays client-side.
 */
export function FilterForm({ action, children, className }: Props) {
  const router = useRouter()
  const sheet = useContext(FilterPreviewContext)

  const apply = (form: HTMLFormElement) => {
    const search = searchOf(form)
    sheet?.applied()
    router.push(search ? `${action}?${search}` : action, { scroll: false })
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    apply(event.currentTarget)
  }

  // Selects and radios apply immediately; the weight and search fields wait for Enter or Apply.
  // In the sheet every change is only counted, until "Show N pieces".
  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const form = event.currentTarget
    const target = event.target as unknown as HTMLInputElement
    if (target.name === 'metal') {
      const purity = form.elements.namedItem('purity') as HTMLSelectElement | null
      if (purity) purity.value = ''
    }
    if (sheet) return sheet.preview(searchOf(form))
    if (target.type === 'number' || target.type === 'search' || target.type === 'text') return
    apply(form)
  }

  return (
    <form
      id={filterFormId}
      action={action}
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      className={className}
    >
      {children}
    </form>
  )
}
type SortProps = { value: string; options: { value: string; label: string }[] }

/** The sort menu; it sits in the toolbar but belongs to the filter form through `form=`. */
export function SortSelect({ value, options }: SortProps) {
  return (
    <label className="flex items-center gap-2 text-xs tracking-[0.14em] text-ink-soft uppercase">
      <span className="hidden sm:inline">Sort</span>
      <select
        name="sort"
        form={filterFormId}
        defaultValue={value}
        aria-label="Sort by"
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="h-10 border border-line bg-white px-2 text-sm tracking-normal text-ink normal-case focus:border-gold-700"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
