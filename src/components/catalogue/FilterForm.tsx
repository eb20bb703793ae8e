'use client'

import { useRouter } from 'next/navigation'
import type { ChangeEvent, FormEvent, ReactNode } from 'react'

export const filterFormId = 'catalogue-filters'

type Props = { action: string; children: ReactNode; className?: string }

/**
 * The catalogue's filters as a plain GET form, so the whole view lives in the URL and works without
 * JavaScript. With it, choices apply at once and navigation stays client-side.
 */
export function FilterForm({ action, children, className }: Props) {
  const router = useRouter()

  const submit = (form: HTMLFormElement) => {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) {
      // Empty fields and defaults stay out of the URL, so shared links are short and stable.
      if (typeof value !== 'string' || value === '') continue
      if ((key === 'sort' && value === 'featured') || (key === 'view' && value === 'grid')) continue
      params.set(key, value)
    }
    const search = params.toString()
    router.push(search ? `${action}?${search}` : action, { scroll: false })
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    submit(event.currentTarget)
  }

  // Selects and radios apply immediately; the weight and search fields wait for Enter or Apply.
  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const target = event.target as unknown as HTMLInputElement
    if (target.type === 'number' || target.type === 'search' || target.type === 'text') return
    if (target.name === 'metal') {
      const purity = event.currentTarget.elements.namedItem('purity') as HTMLSelectElement | null
      if (purity) purity.value = ''
    }
    submit(event.currentTarget)
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
        className="h-10 border border-ivory-300 bg-white px-2 text-sm tracking-normal text-ink normal-case focus:border-gold-700 focus:outline-none"
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
