import Link from 'next/link'

import type { CatalogueQuery } from '@/lib/catalogueQuery'
import { metals, puritiesByMetal, purities } from '@/lib/catalogueQuery'
import type { CategoryView } from '@/src/queries/views'

import { metalLabels } from '../format'
import { FilterForm } from './FilterForm'

/** The catalogue's filter form (search, category, metal, purity, weight); it submits by GET. */
export function CatalogueFilters({
  query,
  basePath,
  categories,
  fixedCategory,
  anyActive,
}: {
  query: CatalogueQuery
  basePath: string
  categories: CategoryView[]
  fixedCategory?: CategoryView
  anyActive: boolean
}) {
  const purityOptions = query.metal ? puritiesByMetal[query.metal] : purities
  return (
    <FilterForm action={basePath} className="space-y-7">
      <input type="hidden" name="view" value={query.view} />
      <div>
        <label htmlFor="filter-q" className="label">
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          placeholder="Name, SKU or tag"
          className="field"
        />
      </div>
      {fixedCategory ? null : (
        <FilterSelect
          name="category"
          label="Category"
          anyLabel="All categories"
          value={query.category}
          options={categories.map(({ slug, name }) => ({ value: slug, label: name }))}
        />
      )}
      <fieldset>
        <legend className="label">Metal</legend>
        <div className="flex flex-wrap gap-2">
          {[
            { value: '', label: 'Any' },
            ...metals.map((m) => ({ value: m, label: metalLabels[m] })),
          ].map((option) => (
            <label key={option.value || 'any'} className="cursor-pointer">
              <input
                type="radio"
                name="metal"
                value={option.value}
                defaultChecked={(query.metal ?? '') === option.value}
                className="peer sr-only"
              />
              <span className="inline-block border border-line bg-white px-3 py-2 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-ivory peer-focus-visible:ring-2 peer-focus-visible:ring-gold-700">
                {option.label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FilterSelect
        name="purity"
        label="Purity"
        anyLabel="Any purity"
        value={query.purity}
        options={purityOptions.map((purity) => ({ value: purity, label: purity }))}
      />
      <fieldset>
        <legend className="label">Gross weight (grams)</legend>
        <div className="flex items-center gap-2">
          <input
            name="minWeight"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={query.minWeight ?? ''}
            placeholder="Min"
            aria-label="Minimum weight in grams"
            className="field"
          />
          <span aria-hidden className="text-ink-soft">
            –
          </span>
          <input
            name="maxWeight"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={query.maxWeight ?? ''}
            placeholder="Max"
            aria-label="Maximum weight in grams"
            className="field"
          />
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        {/* On a phone the sheet's "Show N pieces" applies instead. */}
        <button type="submit" className="btn-primary hidden flex-1 lg:inline-flex">
          Apply
        </button>
        {anyActive ? (
          <Link
            href={basePath}
            className="text-xs tracking-[0.14em] text-gold-700 uppercase underline-offset-4 hover:underline"
          >
            Clear all
          </Link>
        ) : null}
      </div>
    </FilterForm>
  )
}

/** One filter as a select, its first option "any" (no filter). */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string
  label: string
  anyLabel: string
  value: string | undefined
  options: { value: string; label: string }[]
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className="field">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
