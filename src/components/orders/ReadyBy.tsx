import { daysOverdue, formatDay, readyByValue } from '@/lib/readyDate'
import type { OrderStatus } from '@/lib/orderStatus'

type Props = {
  status: OrderStatus
  /** The ready date, `YYYY-MM-DD`. */
  readyBy: string | null
  /** The business's day today, `YYYY-MM-DD`. */
  today: string
  /** "Due" for the karigar, "Ready by" for the buyer: one date, two readers. */
  label: 'Ready by' | 'Due'
  className?: string
}

/**
 * The order's one date; as the karigar's due date, flagged in red with the days it is late while
 * the piece is unmade. The flag is the workshop's (and staff's, in the admin): the buyer reads
 * the date.
 */
export function ReadyBy({ status, readyBy, today, label, className = '' }: Props) {
  if (!readyBy) return null
  const late = label === 'Due' ? daysOverdue({ status, readyBy: readyByValue(readyBy) }, today) : 0
  return (
    <p className={`text-sm ${className}`} data-testid="ready-by">
      {label} <time dateTime={readyBy}>{formatDay(readyBy)}</time>
      {late ? (
        <span
          className="ml-2 inline-block border border-ruby/60 px-1.5 py-0.5 text-[0.7rem] tracking-[0.1em] text-ruby uppercase"
          data-testid="overdue"
        >
          {late} {late === 1 ? 'day' : 'days'} late
        </span>
      ) : null}
    </p>
  )
}
