import type { BeforeListTableServerProps } from 'payload'

import { orderStatusLabels, type OrderStatus } from '@/lib/orderStatus'

import { StatusFilterLinks } from './StatusFilterLinks'

/** The statuses staff filter by, in the order work flows through the desk. */
const filterOrder: OrderStatus[] = [
  'ordered',
  'accepted',
  'under_process',
  'on_hold',
  'completed',
  'dispatched',
  'delivered',
  'rejected',
  'cancelled',
]

/**
 * Quick filters above the order list: one link per status with how many orders are in it, each
 * setting the list's `where` to that status. Counted as the signed-in user.
 */
export async function OrderStatusFilters({ payload, user }: BeforeListTableServerProps) {
  const counts = await Promise.all(
    filterOrder.map(
      async (status) =>
        (
          await payload.count({
            collection: 'orders',
            where: { status: { equals: status } },
            user,
            overrideAccess: false,
          })
        ).totalDocs,
    ),
  )
  return (
    <StatusFilterLinks
      filters={filterOrder.map((status, i) => ({
        status,
        label: orderStatusLabels[status],
        count: counts[i]!,
      }))}
    />
  )
}
