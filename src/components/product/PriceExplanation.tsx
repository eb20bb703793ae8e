import { inr, type ExplainedLine } from '@/lib/ratePricing'

/**
 * A rate-linked price, line by line ("4.2 g × ₹6,500.00/g × 1.12 (12 % wastage) ₹30,576.00"), as
 * lib/ratePricing.ts works it out; amounts to the paisa so the lines visibly add up.
 */
export function PriceExplanation({
  lines,
  testId = 'price-explanation',
  className = '',
}: {
  lines: ExplainedLine[]
  testId?: string
  className?: string
}) {
  return (
    <dl className={`space-y-1 text-xs ${className}`} data-testid={testId}>
      {lines.map((line) => (
        <div
          key={line.label}
          className={`flex items-baseline justify-between gap-3 ${line.label === 'Price' ? 'border-t border-ivory-300 pt-1 font-medium' : ''}`}
        >
          <dt className="min-w-0">
            <span className="text-ink">{line.label}</span>{' '}
            <span className="text-ink-soft">{line.working}</span>
          </dt>
          <dd className="shrink-0 tabular-nums">{inr(line.amount)}</dd>
        </div>
      ))}
    </dl>
  )
}
