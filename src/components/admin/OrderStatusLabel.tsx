import type { CSSProperties } from 'react'

import { orderStatusLabels, orderStatuses, type OrderStatus } from '@/lib/orderStatus'

/** Each status's colours, from Payload's theme so they follow its light and dark modes. */
const tones: Record<OrderStatus, CSSProperties> = {
  // Waiting for staff: outlined, so it stands out from the settled ones.
  ordered: {
    boxShadow: 'inset 0 0 0 1px var(--theme-warning-600)',
    color: 'var(--theme-warning-800)',
  },
  accepted: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
  under_process: { background: 'var(--theme-elevation-200)', color: 'var(--theme-elevation-900)' },
  on_hold: { background: 'var(--theme-warning-150)', color: 'var(--theme-warning-800)' },
  completed: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  dispatched: { background: 'var(--theme-success-150)', color: 'var(--theme-success-800)' },
  delivered: { background: 'var(--theme-success-500)', color: 'var(--theme-elevation-0)' },
  rejected: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  cancelled: {
    boxShadow: 'inset 0 0 0 1px var(--theme-elevation-250)',
    color: 'var(--theme-elevation-500)',
  },
}

const isStatus = (value: unknown): value is OrderStatus =>
  (orderStatuses as readonly unknown[]).includes(value)

/** An order's status as a coloured label, in the words buyers read (lib/orderStatus.ts). */
export function OrderStatusLabel({ status }: { status: unknown }) {
  if (!isStatus(status)) return <span>—</span>
  return (
    <span
      data-testid="order-status-label"
      data-status={status}
      style={{
        ...tones[status],
        display: 'inline-block',
        padding: '2px 8px',
        borderRadius: 'var(--style-radius-s, 3px)',
        fontSize: 12,
        lineHeight: '18px',
        fontWeight: 500,
        whiteSpace: 'nowrap',
      }}
    >
      {orderStatusLabels[status]}
    </span>
  )
}

/** The order list's status column. */
export function OrderStatusCell({ cellData }: { cellData?: unknown }) {
  return <OrderStatusLabel status={cellData} />
}
