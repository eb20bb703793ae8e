import './admin.scss'

/** "Overdue 3 days", in the admin's warning colours: a ready date that has passed. */
export function OverdueBadge({ days, testId }: { days: number; testId?: string }) {
  return (
    <span className="shop-badge shop-badge--bad" data-testid={testId}>
      Overdue {days} {days === 1 ? 'day' : 'days'}
    </span>
  )
}
