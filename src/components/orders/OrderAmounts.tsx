import { formatInr } from '../format'

type Amounts = { subtotal: number; gstRate: number | null; gst: number | null; total: number }

const rate = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 })

/**
 * A line's money: "₹1,23,456 each × 2 = ₹2,46,912", under the line's details so it wraps on a
 * phone. Shown only where the price reached this person (approved vendors and staff); the caller
 * passes nothing otherwise.
 */
export function LineAmount({
  unitPrice,
  quantity,
  testId,
}: {
  unitPrice: number
  quantity: number
  testId: string
}) {
  return (
    <p className="mt-1 text-sm" data-testid={testId}>
      <span className="whitespace-nowrap text-ink-soft">
        {formatInr(unitPrice)} each × {quantity}
      </span>{' '}
      <span className="font-medium whitespace-nowrap">= {formatInr(unitPrice * quantity)}</span>
    </p>
  )
}

/**
 * Subtotal, GST and total (lib/pricing.ts), as the cart, checkout and order page show them. The
 * test ids are `<prefix>-subtotal`, `<prefix>-gst`, `<prefix>-total`. Orders from before GST was
 * recorded show their total alone; GST charged per component at several rates shows no one rate.
 */
export function OrderAmounts({
  amounts,
  testIdPrefix,
  className = '',
}: {
  amounts: Amounts
  testIdPrefix: string
  className?: string
}) {
  const hasGst = amounts.gst !== null
  return (
    <dl className={`space-y-1.5 text-sm ${className}`}>
      {hasGst ? (
        <>
          <div className="flex justify-between gap-4">
            <dt className="text-ink-soft">Subtotal</dt>
            <dd data-testid={`${testIdPrefix}-subtotal`}>{formatInr(amounts.subtotal)}</dd>
          </div>
          <div className="flex justify-between gap-4">
            {/* No single rate to name when components are taxed at different rates. */}
            <dt className="text-ink-soft">
              GST{amounts.gstRate !== null ? ` ${rate.format(amounts.gstRate)}%` : ''}
            </dt>
            <dd data-testid={`${testIdPrefix}-gst`}>{formatInr(amounts.gst!)}</dd>
          </div>
        </>
      ) : null}
      <div className="flex justify-between gap-4 border-t border-ivory-300 pt-2 font-serif text-xl">
        <dt>Total</dt>
        <dd data-testid={`${testIdPrefix}-total`}>{formatInr(amounts.total)}</dd>
      </div>
    </dl>
  )
}
