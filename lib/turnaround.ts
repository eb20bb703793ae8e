/**
 * Average hours from assignment to completion over the orders that have both, rounded to one
 * decimal; null when none has.
 */
export const averageTurnaroundHours = (
  orders: { assignedAt?: string | null; completedAt?: string | null }[],
): number | null => {
  const spans = orders
    .filter((o) => o.assignedAt && o.completedAt)
    .map((o) => Date.parse(o.completedAt!) - Date.parse(o.assignedAt!))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
  if (spans.length === 0) return null
  const hours = spans.reduce((a, b) => a + b, 0) / spans.length / 3_600_000
  return Math.round(hours * 10) / 10
}
