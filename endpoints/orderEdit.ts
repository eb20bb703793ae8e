import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { parseOrderEdit } from '@/lib/orderInput'
import { editOrder } from '@/operations/editOrder'
import { inTransaction } from '@/operations/inTransaction'

import { orderRefusalStatus, refuse, refuseFields } from './responses'

/**
 * Route: POST /api/orders/:id/edit — `{ items?: [{ quantity, size?, notes? }] (one per line, in
 * order), customerSnapshot?: { recipientName?, phone?, address, pincode? }, instructions? }`.
 * The buyer changes an order still placed instead of cancelling it and ordering again.
 */
export const orderEdit: Endpoint = {
  path: '/:id/edit',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const parsed = parseOrderEdit(req.data ?? {})
    if (!parsed.ok) return refuseFields(parsed.problems)
    const id = String(req.routeParams?.id ?? '')
    const result = await inTransaction(req, () => editOrder(req, id, parsed.edit))
    if (!result.ok)
      return result.problems
        ? refuseFields(result.problems)
        : refuse(orderRefusalStatus[result.refusal], result.message)
    return Response.json({
      message: result.changed
        ? `Order ${result.order.orderId} is changed`
        : `Order ${result.order.orderId} already reads so; nothing changed`,
      doc: result.order,
    })
  },
}
