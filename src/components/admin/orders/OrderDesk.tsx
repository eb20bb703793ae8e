import type { UIFieldServerProps } from 'payload'

import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import { readyByDay } from '@/lib/readyDate'
import type { Order } from '@/payload-types'

import { MetalPanel } from '../ledger/MetalPanel'
import { OrderActions } from '../OrderActions'
import { OrderDocuments } from './OrderDocuments'
import { OrderHistory } from './OrderHistory'
import { OrderSummary } from './OrderSummary'

/**
 * The top of an order's page in the admin: what was ordered and for whom, the next steps staff may
 * take, and what happened so far. Read as the signed-in staff member (access on), in the business's
 * time zone (site settings), not the browser's. Nothing on the create form: there is no order yet.
 */
export async function OrderDesk({ id, payload, req }: UIFieldServerProps) {
  if (id === undefined || id === null) return null
  const [order, settings] = await Promise.all([
    payload
      .findByID({
        collection: 'orders',
        id,
        depth: 1,
        user: req.user,
        overrideAccess: false,
        req,
        // Names for the people on the page; nothing else of theirs.
        populate: {
          customers: { name: true },
          vendors: { businessName: true, vendorId: true },
          goldsmiths: { name: true },
          users: { name: true },
          media: { url: true, filename: true, alt: true, sizes: { card: { url: true } } },
        },
      })
      .catch(() => null),
    payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
  ])
  if (!order) return null
  const timeZone = settings.timeZone || defaultTimeZone
  const goldsmith = order.assignedGoldsmith
  const assigned =
    goldsmith && typeof goldsmith === 'object'
      ? { id: goldsmith.id, name: goldsmith.name }
      : goldsmith
        ? { id: goldsmith, name: `Goldsmith ${goldsmith}` }
        : null
  return (
    <div data-testid="order-desk" style={{ display: 'grid', gap: 32, marginBottom: 32 }}>
      <OrderSummary
        order={order as Order}
        timeZone={timeZone}
        today={calendarDay(new Date(), timeZone)}
        assigned={assigned}
      />
      <OrderActions
        id={order.id}
        status={order.status}
        readyBy={readyByDay(order.readyBy)}
        assigned={assigned}
        purities={[
          ...new Set(
            (order.items ?? []).flatMap((item) =>
              item.productSnapshot?.purity ? [item.productSnapshot.purity] : [],
            ),
          ),
        ]}
        vendorOrder={order.placedBy?.relationTo === 'vendors'}
        lines={(order.items ?? []).map((item) => ({
          item: String(item.id),
          name: item.productSnapshot?.name ?? 'Piece',
          quantity: item.quantity,
          metal: item.productSnapshot?.metal ?? null,
        }))}
      />
      <MetalPanel id={order.id} status={order.status} />
      <OrderDocuments order={order as Order} req={req} />
      <OrderHistory order={order as Order} timeZone={timeZone} />
    </div>
  )
}
