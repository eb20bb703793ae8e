import { rateTermsLabels, type RateTermsOption } from '@/lib/ratePricing'

import { formatInr } from '../format'

type Repricing = { reason: string; previousTotal: number; difference: number } | null

/**
 * The order's rate terms under its amounts, and, once dispatch repriced an on-delivery order, the
 * total at order, the difference and why. Shown only to those who see the order's prices.
 */
export function RateTermsNote({
  rateTerms,
  repricing,
  when,
}: {
  rateTerms: RateTermsOption | null
  repricing: Repricing
  when: string
}) {
  if (!rateTerms) return null
  const sign = (repricing?.difference ?? 0) > 0 ? '+' : (repricing?.difference ?? 0) < 0 ? '−' : ''
  return (
    <div className="mt-4 text-sm" data-testid="rate-terms">
      <p className="text-ink-soft">
        Rate terms: <span className="text-ink">{rateTermsLabels[rateTerms]}</span>
        {rateTerms === 'on_delivery' && !repricing
          ? ' — rate-linked pieces are priced on the day’s rate when dispatched.'
          : null}
      </p>
      {repricing ? (
        <div
          className="mt-2 border-l-2 border-gold-500 bg-gold-500/10 px-3 py-2"
          data-testid="repricing"
        >
          <p>
            Repriced at dispatch{when ? ` (${when})` : ''}: was {formatInr(repricing.previousTotal)}
            , difference{' '}
            <strong data-testid="repricing-difference">
              {sign}
              {formatInr(Math.abs(repricing.difference))}
            </strong>
          </p>
          <p className="mt-1 text-ink-soft" data-testid="repricing-reason">
            {repricing.reason}
          </p>
        </div>
      ) : null}
    </div>
  )
}
