import { quotedAmounts } from '@/lib/pricing'
import type { GstRates } from '@/lib/ratePricing'

import { OrderAmounts } from '../orders/OrderAmounts'
import type { DraftLine } from './draftLines'

/**
 * Subtotal, GST and total of the lines at the prices shown, by the rule orders are placed with
 * (lib/pricing.ts `quotedAmounts`); lines without a price yet are left out of the sums.
 */
export function Totals({ lines, gstRates }: { lines: readonly DraftLine[]; gstRates: GstRates }) {
  const priced = lines.flatMap((line) =>
    line.product.price === null
      ? []
      : [
          {
            piece: { ...line.product, price: line.product.price },
            quantity: Number(line.quantity) || 0,
          },
        ],
  )
  return (
    <OrderAmounts amounts={quotedAmounts(priced, gstRates)} testIdPrefix="quick" className="mt-4" />
  )
}
