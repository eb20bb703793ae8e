import { orderStatusLabels, type OrderStatus } from '@/lib/orderStatus'

const tone: Record<OrderStatus, string> = {
  ordered: 'border-ink/30 text-ink',
  accepted: 'border-gold-500 text-gold-700',
  under_process: 'border-gold-500 text-gold-700',
  completed: 'border-gold-500 text-gold-700',
  dispatched: 'border-emerald-700/60 text-emerald-800',
  delivered: 'border-emerald-700/60 bg-emerald-50 text-emerald-800',
  rejected: 'border-ruby/60 text-ruby',
  cancelled: 'border-ink/20 text-ink-soft',
  on_hold: 'border-amber-600/60 bg-amber-50 text-amber-800',
}

/** An order's status in words, tinted by how far along it is. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      className={`inline-flex items-center border px-2.5 py-1 text-[0.7rem] tracking-[0.14em] whitespace-nowrap uppercase ${tone[status]}`}
      data-testid="order-status"
    >
      {orderStatusLabels[status]}
    </span>
  )
}
