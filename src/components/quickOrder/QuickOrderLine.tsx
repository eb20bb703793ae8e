'use client'

import { maxNotesLength, maxQuantityPerItem } from '@/lib/orderLines'
import type { ChoiceProblem, LineChoices } from '@/lib/quickOrder'

import { formatInr } from '../format'
import type { DraftLine } from './draftLines'
import { ProductFacts, Thumb } from './ProductFacts'

type Props = {
  line: DraftLine
  index: number
  /** Shown once the buyer has asked to review: each tied to the control it is about. */
  problems: ChoiceProblem[]
  onChange: (change: Partial<Pick<DraftLine, 'quantity' | 'size' | 'notes'>>) => void
  onRemove: () => void
}

const control =
  'h-11 border border-ivory-300 bg-white px-2 text-sm text-ink aria-[invalid=true]:border-ruby'

/** One line being written: quantity, a size from the piece's own list, notes, and its value. */
export function QuickOrderLine({ line, index, problems, onChange, onRemove }: Props) {
  const { product } = line
  const id = `${line.key}-`
  // A size carried over from a past order that the piece is no longer made in stays visible, so
  // the problem below it makes sense until another size is chosen.
  const sizes =
    line.size && !product.sizes.includes(line.size) ? [...product.sizes, line.size] : product.sizes
  const quantity = Number(line.quantity)
  // Each control is marked invalid for its own problems, and described by the line's problems.
  const state = (choice: keyof LineChoices) => ({
    'aria-invalid': problems.some((problem) => problem.choice === choice),
    'aria-describedby': problems.length ? `${id}problems` : undefined,
  })
  return (
    <li
      className="border-b border-ivory-300 py-4"
      data-testid="quick-line"
      aria-labelledby={`${id}name`}
    >
      <div className="flex gap-3">
        <Thumb product={product} size="md" />
        <div className="min-w-0 flex-1">
          <p id={`${id}name`} className="font-serif text-lg leading-snug">
            <span className="sr-only">Line {index + 1}: </span>
            {product.name}
          </p>
          <ProductFacts product={product} />
        </div>
        {product.price !== null && quantity > 0 ? (
          <p className="text-right text-sm whitespace-nowrap" data-testid="line-total">
            {formatInr(product.price * quantity)}
            {quantity > 1 ? (
              <span className="block text-xs text-ink-soft">
                {formatInr(product.price)} × {quantity}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      <div className="mt-3 grid grid-cols-[5rem_1fr] gap-3 sm:grid-cols-[5rem_9rem_1fr_auto] sm:items-end">
        <label className="text-xs tracking-[0.14em] text-ink-soft uppercase">
          Qty
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantityPerItem}
            value={line.quantity}
            onChange={(event) => onChange({ quantity: event.target.value })}
            {...state('quantity')}
            className={`mt-1 block w-full ${control}`}
          />
        </label>
        {sizes.length ? (
          <label className="text-xs tracking-[0.14em] text-ink-soft uppercase">
            Size
            <select
              value={line.size}
              onChange={(event) => onChange({ size: event.target.value })}
              {...state('size')}
              className={`mt-1 block w-full ${control}`}
            >
              <option value="">Choose…</option>
              {sizes.map((size) => (
                <option key={size} value={size}>
                  {product.sizes.includes(size) ? size : `${size} (not made now)`}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="self-end pb-3 text-xs tracking-[0.14em] text-ink-soft uppercase">
            One size
          </p>
        )}
        <label className="col-span-2 text-xs tracking-[0.14em] text-ink-soft uppercase sm:col-span-1">
          Notes for the karigar
          <input
            type="text"
            value={line.notes}
            maxLength={maxNotesLength}
            onChange={(event) => onChange({ notes: event.target.value })}
            {...state('notes')}
            className={`mt-1 block w-full normal-case tracking-normal ${control}`}
          />
        </label>
        <button
          type="button"
          onClick={onRemove}
          className="col-span-2 justify-self-start py-2 text-xs tracking-[0.14em] text-ruby uppercase hover:underline sm:col-span-1"
          aria-label={`Remove ${product.name}`}
        >
          Remove
        </button>
      </div>
      {problems.length ? (
        <ul id={`${id}problems`} className="mt-2 text-sm text-ruby" data-testid="line-problems">
          {problems.map((problem) => (
            <li key={problem.choice}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
