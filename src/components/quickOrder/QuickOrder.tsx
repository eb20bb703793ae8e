'use client'

import { useState } from 'react'

import { newIdempotencyKey } from '@/lib/idempotencyKey'
import { maxItemsPerOrder } from '@/lib/orderLines'
import { choiceProblems } from '@/lib/quickOrder'
import type { GstRates } from '@/lib/ratePricing'
import type { QuickProduct } from '@/src/queries/quickOrderViews'

import { FormAlert } from '../FormAlert'
import { CsvLines } from './CsvLines'
import { countOf, draftLine, type DraftLine } from './draftLines'
import { QuickOrderLine } from './QuickOrderLine'
import { ReviewAndPlace } from './ReviewAndPlace'
import { SkuSearch } from './SkuSearch'
import { Totals } from './Totals'

type Props = {
  /** Lines to start from: a past order's, for "order again". */
  initial: { product: QuickProduct; quantity: number; size: string; notes: string }[]
  /** The shop's GST rate (site settings), for the totals. */
  gstRates: GstRates
}

/**
 * The trade's quick order: pieces added by SKU or name (typeahead) or from CSV lines, each with
 * quantity, size and notes, checked by the same rules as the server (lib/quickOrder.ts), then
 * reviewed with prices and placed. Lines live only on this page: the cart is left as it is.
 */
export function QuickOrder({ initial, gstRates }: Props) {
  const [lines, setLines] = useState<DraftLine[]>(() =>
    initial.map((line) => draftLine(line.product, line)),
  )
  const [reviewing, setReviewing] = useState(false)
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [showProblems, setShowProblems] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const room = maxItemsPerOrder - lines.length
  const problems = new Map(lines.map((line) => [line.key, choiceProblems(line, line.product)]))
  const bad = lines.filter((line) => problems.get(line.key)?.length)

  const add = (added: DraftLine[]) => {
    if (added.length > room) {
      setRefusal(`One order holds at most ${maxItemsPerOrder} lines; place this one first.`)
      return
    }
    setRefusal(null)
    setLines((current) => [...current, ...added])
    setAnnouncement(
      added.length === 1 ? `Added ${added[0].product.name}` : `Added ${added.length} lines`,
    )
  }
  const change = (key: string, choices: Partial<DraftLine>) =>
    setLines((current) =>
      current.map((line) => (line.key === key ? { ...line, ...choices } : line)),
    )
  const remove = (key: string) => {
    setLines((current) => current.filter((line) => line.key !== key))
    setRefusal(null)
  }
  const review = () => {
    setShowProblems(true)
    if (bad.length === 0) {
      setReviewing(true)
      window.scrollTo({ top: 0 })
    }
  }

  if (reviewing && lines.length)
    return (
      <ReviewAndPlace
        lines={lines}
        gstRates={gstRates}
        idempotencyKey={idempotencyKey}
        onBack={() => setReviewing(false)}
      />
    )

  return (
    // On a phone the summary (and its Review button) comes straight after the lines, before the CSV.
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem] lg:grid-rows-[auto_1fr]">
      <div className="min-w-0">
        <section aria-labelledby="add-heading">
          <h2 id="add-heading" className="font-serif text-2xl">
            Add pieces
          </h2>
          <div className="mt-4">
            <SkuSearch onPick={(product) => add([draftLine(product)])} />
          </div>
          <p aria-live="polite" className="sr-only">
            {announcement}
          </p>
          <FormAlert message={refusal} className="mt-2" />
        </section>

        <section aria-labelledby="lines-heading" className="mt-8">
          <h2 id="lines-heading" className="label">
            Lines {lines.length ? `(${countOf(lines)})` : ''}
          </h2>
          {lines.length ? (
            <ul className="border-t border-ivory-300" data-testid="quick-lines">
              {lines.map((line, index) => (
                <QuickOrderLine
                  key={line.key}
                  line={line}
                  index={index}
                  problems={showProblems ? (problems.get(line.key) ?? []) : []}
                  onChange={(choices) => change(line.key, choices)}
                  onRemove={() => remove(line.key)}
                />
              ))}
            </ul>
          ) : (
            <p
              className="border-y border-ivory-300 py-6 text-sm text-ink-soft"
              data-testid="no-lines"
            >
              No lines yet. Type a SKU or a name above, or paste lines as CSV below.
            </p>
          )}
        </section>
      </div>

      <aside className="h-fit border border-ivory-300 bg-white/70 p-6 lg:sticky lg:top-28 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <p className="eyebrow">Summary</p>
        <p className="mt-3 font-serif text-2xl">{countOf(lines)}</p>
        <Totals lines={lines} gstRates={gstRates} />
        {showProblems && bad.length ? (
          <FormAlert
            className="mt-4"
            message={`${bad.length === 1 ? '1 line needs' : `${bad.length} lines need`} changing: ${bad.map((line) => line.product.name).join(', ')}.`}
          />
        ) : null}
        <button
          type="button"
          onClick={review}
          disabled={!lines.length}
          className="btn-primary mt-6 w-full"
        >
          Review order
        </button>
      </aside>

      <details
        className="h-fit min-w-0 border border-ivory-300 bg-white/60 p-4 sm:p-5 lg:col-start-1 lg:row-start-2"
        open={!lines.length}
      >
        <summary className="cursor-pointer font-serif text-xl">Paste or upload CSV lines</summary>
        <div className="mt-4">
          <CsvLines room={room} onAdd={add} />
        </div>
      </details>
    </div>
  )
}
