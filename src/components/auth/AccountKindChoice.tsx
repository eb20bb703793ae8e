'use client'

import { accountKindLabels, storefrontCollections, type StorefrontCollection } from '@/lib/accounts'

/** The kind of account a storefront form is for, as a row of toggles. */
export function AccountKindChoice({
  legend,
  value,
  onChange,
}: {
  legend: string
  value: StorefrontCollection
  onChange: (kind: StorefrontCollection) => void
}) {
  return (
    <fieldset>
      <legend className="label">{legend}</legend>
      <div className="grid grid-cols-3 border border-ink/80">
        {storefrontCollections.map((kind) => (
          <label key={kind} className="cursor-pointer">
            <input
              type="radio"
              name="role"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              className="peer sr-only"
            />
            <span className="flex min-h-11 items-center justify-center px-1 text-center text-xs tracking-[0.1em] uppercase peer-checked:bg-ink peer-checked:text-ivory peer-focus-visible:ring-2 peer-focus-visible:ring-gold-700 sm:text-[0.8rem]">
              {accountKindLabels[kind]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
