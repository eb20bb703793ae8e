import type { PayloadRequest } from 'payload'

import { PasswordChangeRequired } from '@/access/refusals'
import type { OrderStatus } from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

type User = NonNullable<PayloadRequest['user']>

/** The first refusals of any change to an order: nobody signed in, or no order they may see. */
export type OrderNotReachable = {
  ok: false
  refusal: 'not_signed_in' | 'not_found'
  message: string
}

/**
 * The order a signed-in person asks to change, in full, if they may see it: read as them first
 * (an order they may not see does not exist for them), then with access overridden (history
 * entries carry fields they may not read, and a change must keep them).
 */
export const orderForChange = async (
  req: PayloadRequest,
  id: string,
): Promise<{ ok: true; user: User; order: Order } | OrderNotReachable> => {
  const { user } = req
  if (!user) return { ok: false, refusal: 'not_signed_in', message: 'Please sign in.' }
  const visible = await req.payload
    .findByID({ collection: 'orders', id, depth: 0, req, user, overrideAccess: false })
    .catch((error: unknown) => {
      if (error instanceof PasswordChangeRequired) throw error
      return null
    })
  const order = visible
    ? await req.payload.findByID({ collection: 'orders', id, depth: 0, req, overrideAccess: true })
    : null
  if (!order) return { ok: false, refusal: 'not_found', message: `Order ${id} not found` }
  return { ok: true, user, order }
}

/** Compare-and-set on the status: of two people acting at once, exactly one moves the order. */
export const claimStatus = async (req: PayloadRequest, order: Order, to: OrderStatus) =>
  req.payload.db.updateOne({
    collection: 'orders',
    where: { and: [{ id: { equals: order.id } }, { status: { equals: order.status } }] },
    data: { status: to },
    options: { atomic: true },
    req,
  })

/** The order after a change, as the person who made it may see it: what the endpoint answers. */
export const orderAsChangedBy = (req: PayloadRequest, user: User, id: Order['id']) =>
  req.payload.findByID({ collection: 'orders', id, depth: 0, req, user, overrideAccess: false })
