import type { Endpoint } from 'payload'

import { isPlacerOf } from '@/access/orderChecks'
import { isStaffUser } from '@/access/roles'
import { deliveryNotePdf } from '@/operations/documents/deliveryNote'
import { orderForDocument } from '@/operations/documents/pdf'

import { documentRefusal, pdfResponse } from './documentResponse'

/**
 * Route: GET /api/orders/:id/delivery-note — the delivery note of a dispatched order, with each
 * piece's HUID, for staff and the buyer; 409 before dispatch.
 */
export const deliveryNote: Endpoint = {
  path: '/:id/delivery-note',
  method: 'get',
  handler: async (req) => {
    const reached = await orderForDocument(
      req,
      String(req.routeParams?.id ?? ''),
      (user, order) => isStaffUser(user) || isPlacerOf(order, user),
      'delivery note',
    )
    if (!reached.ok) return documentRefusal(reached)
    const { order } = reached
    if (!order.dispatchedAt)
      return documentRefusal({
        ok: false,
        refusal: 'not_ready',
        message: `Order ${order.orderId} has not been dispatched yet`,
      })
    return pdfResponse(await deliveryNotePdf(req, order), `delivery-note-${order.orderId}.pdf`)
  },
}
