import { explainPiece } from '@/lib/ratePricing'
import type { Pricing } from '@/src/queries/views'

import { formatInr } from '../format'
import { PriceExplanation } from './PriceExplanation'

/**
 * Price and terms for the trade, rendered only from what the products API returned to this
 * viewer (components/product/PriceBook.tsx), so nothing of it reaches anyone else's browser.
 */
export function TradeTerms({ pricing }: { pricing: Pricing }) {
  return (
    <div className="border border-gold-500/50 bg-white/70 p-5" data-testid="trade-terms">
      <p className="eyebrow">Trade price</p>
      {pricing.price != null ? (
        <p className="mt-2 font-serif text-3xl text-gold-800" data-testid="trade-price">
          {formatInr(pricing.price)}
          <span className="ml-2 align-middle font-sans text-xs text-ink-soft">+ GST</span>
        </p>
      ) : null}
      {pricing.rateTerms ? (
        <>
          <p className="mt-1 text-xs text-ink-soft">On today&rsquo;s rate, worked out as:</p>
          <PriceExplanation lines={explainPiece(pricing.rateTerms)} className="mt-2" />
        </>
      ) : null}
      {/* A rate-linked piece's wastage and making are in its explanation above. */}
      {pricing.rateTerms ? null : (
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
          {pricing.wastage != null ? (
            <>
              <dt className="text-ink-soft">Wastage</dt>
              <dd className="text-right">{pricing.wastage}% of net weight</dd>
            </>
          ) : null}
          {pricing.makingCharges != null ? (
            <>
              <dt className="text-ink-soft">Making charges</dt>
              <dd className="text-right">{formatInr(pricing.makingCharges)}</dd>
            </>
          ) : null}
        </dl>
      )}
    </div>
  )
}
