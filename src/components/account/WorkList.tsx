import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import { benchFilters, type BenchFilter } from '@/lib/orderStatus'
import type { WorkView } from '@/src/queries/orders'

import { OrderStatusBadge } from '../orders/OrderStatusBadge'
import { ReadyBy } from '../orders/ReadyBy'

const filterHref = (filter: BenchFilter, page = 1) =>
  `/account?work=${filter}${page > 1 ? `&page=${page}` : ''}#your-work`

/**
 * The karigar's bench: their work in progress (soonest due first, so late pieces lead) or done,
 * chosen by links, so the list works before any script runs and on every phone.
 */
export function WorkList({
  filter,
  work,
  today,
}: {
  filter: BenchFilter
  work: { docs: WorkView[]; page: number; totalPages: number }
  today: string
}) {
  return (
    <>
      <nav aria-label="Show work" className="mt-4 flex gap-2">
        {(Object.keys(benchFilters) as BenchFilter[]).map((key) => (
          <Link
            key={key}
            href={filterHref(key)}
            aria-current={key === filter ? 'page' : undefined}
            className={`border px-4 py-2 text-sm ${
              key === filter
                ? 'border-ink bg-ink text-ivory'
                : 'border-ink/30 text-ink hover:border-ink'
            }`}
          >
            {benchFilters[key].label}
          </Link>
        ))}
      </nav>
      {work.docs.length === 0 ? (
        <p className="mt-4 text-sm text-ink-soft" data-testid="no-orders">
          {filter === 'done'
            ? 'Nothing marked done yet.'
            : 'Nothing is on your bench right now. Orders the office assigns to you appear here.'}
        </p>
      ) : (
        <ul className="mt-4 border-t border-ivory-300" data-testid="order-list">
          {work.docs.map((order) => (
            <li key={order.id}>
              <Link
                href={`/account/orders/${order.orderId}`}
                className="flex items-center gap-3 border-b border-ivory-300 py-3 hover:bg-white/60"
              >
                <div className="relative size-16 shrink-0 overflow-hidden bg-ivory-200">
                  {order.image ? (
                    <Picture src={order.image} alt="" fill sizes="64px" className="object-cover" />
                  ) : null}
                </div>
                <div className="min-w-0 flex-1">
                  <p className="font-serif text-lg tracking-wide">{order.orderId}</p>
                  <p className="truncate text-sm text-ink-soft">{order.lines}</p>
                  <ReadyBy
                    status={order.status}
                    readyBy={order.readyBy}
                    today={today}
                    label="Due"
                    className="text-xs"
                  />
                </div>
                {/* Work on hold stays on the bench, marked so the karigar pauses it. */}
                {filter === 'done' || order.status === 'on_hold' ? (
                  <OrderStatusBadge status={order.status} />
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {work.totalPages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {work.page > 1 ? (
            <Link href={filterHref(filter, work.page - 1)} className="btn-outline">
              Earlier
            </Link>
          ) : (
            <span />
          )}
          <span className="text-ink-soft">
            Page {work.page} of {work.totalPages}
          </span>
          {work.page < work.totalPages ? (
            <Link href={filterHref(filter, work.page + 1)} className="btn-outline">
              Later
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
