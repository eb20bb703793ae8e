'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { GstRates } from '@/lib/ratePricing'

import { placeOrder, placementProblem } from '../cart/placeOrder'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { DeliveryFields, noDelivery } from '../orders/DeliveryFields'
import { formatInr } from '../format'
import { useSubmit } from '../useSubmit'
import { countOf, type DraftLine } from './draftLines'
import { Totals } from './Totals'

/**
 * The quick order's last step: every line with its price × quantity, the subtotal and total, the
 * delivery details, then `POST /api/orders` as checkout does (a double tap or a retry is answered with
 * the order already placed). The server prices and checks every line again.
 */
export function ReviewAndPlace({
  lines,
  gstRates,
  idempotencyKey: key,
  onBack,
}: {
  lines: DraftLine[]
  gstRates: GstRates
  /** One per visit to the quick order, so going back to change a line never places a second order. */
  idempotencyKey: string
  onBack: () => void
}) {
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, error, run } = useSubmit()
  const priced = lines.every((line) => line.product.price !== null)

  const place = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setErrors({})
    return run(async () => {
      const placed = await placeOrder(
        lines.map((line) => ({
          ...line,
          product: line.product.id,
          quantity: Number(line.quantity),
        })),
        form,
        key,
      )
      if (placed.ok) {
        router.push(`/account/orders/${placed.orderId}?placed=1`)
        return
      }
      setErrors(placed.fields)
      return placementProblem(placed, {
        intro: 'Go back and change:',
        name: (index) => `Line ${index + 1} (${lines[index]?.product.name ?? 'a piece'})`,
      })
    })
  }

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem]" data-testid="quick-review">
      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="font-serif text-2xl">
          Review your order
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{countOf(lines)}</p>
        <table className="mt-4 w-full border-t border-ivory-300 text-sm">
          <caption className="sr-only">Lines with price each, quantity and value</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Piece</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.key}
                className="border-b border-ivory-300 align-top"
                data-testid="review-line"
              >
                <td className="py-3 pr-3">
                  <p className="font-serif text-lg leading-snug">{line.product.name}</p>
                  <p className="text-xs tracking-wider text-ink-soft">
                    SKU {line.product.sku}
                    {line.size ? ` · Size ${line.size}` : ''}
                  </p>
                  {line.notes.trim() ? (
                    <p className="mt-1 text-ink-soft italic">&ldquo;{line.notes.trim()}&rdquo;</p>
                  ) : null}
                </td>
                <td className="py-3 text-right whitespace-nowrap">
                  {line.product.price !== null ? (
                    <>
                      <span className="block">
                        {formatInr(line.product.price * Number(line.quantity))}
                      </span>
                      <span className="block text-xs text-ink-soft">
                        {formatInr(line.product.price)} × {line.quantity}
                      </span>
                    </>
                  ) : (
                    <span className="text-ink-soft">× {line.quantity}, price on request</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Totals lines={lines} gstRates={gstRates} />
        <p className="mt-3 text-xs text-ink-soft">
          {priced
            ? 'At today’s trade prices; the order keeps the prices of the moment it is placed.'
            : 'A piece without a price is confirmed with you before it is made.'}
        </p>
        <button type="button" onClick={onBack} className="btn-outline mt-6">
          ← Change lines
        </button>
      </section>
      <aside className="h-fit border border-ivory-300 bg-white/70 p-6">
        <p className="eyebrow">Delivery</p>
        <form onSubmit={place} className="mt-4 space-y-4" noValidate data-testid="quick-place">
          <DeliveryFields idPrefix="quick" values={noDelivery} errors={errors} />
          <FormField
            id="quick-instructions"
            name="instructions"
            label="Instructions"
            hint="Anything our karigars or the courier should know"
            error={errors.instructions}
            rows={3}
          />
          <FormAlert message={error} />
          <button type="submit" disabled={busy} className="btn-primary w-full">
            {busy ? 'Placing your order…' : 'Place order'}
          </button>
        </form>
      </aside>
    </div>
  )
}
