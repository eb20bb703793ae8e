import type { OrderStatus, Transition } from './orderStatus'

/**
 * The statuses an order waits in for someone to act: those some transition leaves. The others
 * (delivered, declined, cancelled) are where an order ends.
 */
export const waitingStatuses = (
  statuses: readonly OrderStatus[],
  transitions: Record<string, Pick<Transition, 'by'>>,
): OrderStatus[] =>
  statuses.filter((status) =>
    Object.values(transitions).some((t) =>
      Object.values(t.by).some((move) => move?.from.includes(status)),
    ),
  )

type HistoryEntry = { to?: string | null; at?: string | null }

/** When an order last entered `status`, from its history; its placing time if the history is silent. */
export const enteredStatusAt = (
  order: { createdAt: string; history?: HistoryEntry[] | null },
  status: string,
): string => {
  const entries = order.history ?? []
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i]
    if (entry.to === status && entry.at) return entry.at
  }
  return order.createdAt
}

/** The earliest time any of `orders` entered `status`: how long the oldest has waited. */
export const oldestWaitingSince = (
  orders: { createdAt: string; history?: HistoryEntry[] | null }[],
  status: string,
): string | null =>
  orders.reduce<string | null>((oldest, order) => {
    const at = enteredStatusAt(order, status)
    return oldest === null || Date.parse(at) < Date.parse(oldest) ? at : oldest
  }, null)
