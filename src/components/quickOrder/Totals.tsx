import { gstOn } from '@/lib/gst'

import { OrderAmounts } from '../orders/OrderAmounts'

/** Subtotal, GST and total of the lines at the prices shown, by the rule orders are placed with. */
export function Totals({ subtotal, gstRate }: { subtotal: number; gstRate: number }) {
  const gst = gstOn(subtotal, gstRate)
  return (
    <OrderAmounts
      amounts={{ subtotal, gstRate, gst, total: subtotal + gst }}
      testIdPrefix="quick"
      className="mt-4"
    />
  )
}
