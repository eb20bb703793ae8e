import type { Payload, Where } from 'payload'

import { appMetrics, metricsRegistry } from '@/adapters/observability'
import { orderStatuses } from '@/lib/orderStatus'

/**
 * The process's metrics in Prometheus text format, with the gauges read from the database at
 * scrape time: orders by status, email jobs waiting and failed for good. Counts only, no rows.
 */
export const metricsSnapshot = async (
  payload: Payload,
): Promise<{ body: string; type: string }> => {
  const { orders, emailJobs } = appMetrics()
  const count = (collection: 'orders' | 'payload-jobs', where: Where) =>
    payload.count({ collection, where, overrideAccess: true }).then((r) => r.totalDocs)
  const [byStatus, waiting, failed] = await Promise.all([
    Promise.all(orderStatuses.map((status) => count('orders', { status: { equals: status } }))),
    count('payload-jobs', { completedAt: { exists: false }, hasError: { not_equals: true } }),
    count('payload-jobs', { hasError: { equals: true } }),
  ])
  orderStatuses.forEach((status, i) => orders.set({ status }, byStatus[i]))
  emailJobs.set({ state: 'waiting' }, waiting)
  emailJobs.set({ state: 'failed' }, failed)
  const registry = metricsRegistry()
  return { body: await registry.metrics(), type: registry.contentType }
}
