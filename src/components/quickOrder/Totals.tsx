import { formatInr } from '../format'

/**
 * Subtotal and total of the lines at the prices shown. They are equal until GST is added as a rule
 * of its own (lib/), which goes between them.
 */
export function Totals({ subtotal }: { subtotal: number }) {
  return (
    <dl className="mt-4 space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-ink-soft">Subtotal</dt>
        <dd data-testid="quick-subtotal">{formatInr(subtotal)}</dd>
      </div>
      <div className="flex justify-between border-t border-ivory-300 pt-2 font-serif text-xl">
        <dt>Total</dt>
        <dd data-testid="quick-total">{formatInr(subtotal)}</dd>
      </div>
    </dl>
  )
}
