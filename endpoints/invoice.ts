import type { Endpoint } from 'payload'

import { isPlacerOf } from '@/access/orderChecks'
import { isApprovedVendorUser, isStaffUser } from '@/access/roles'
import { invoiceOf, invoicePdf } from '@/operations/documents/invoice'
import { orderForDocument } from '@/operations/documents/pdf'

import { documentRefusal, pdfResponse } from './documentResponse'

/**
 * Route: GET /api/orders/:id/invoice — the GST tax invoice issued when a vendor's order was
 * dispatched, for staff and the approved vendor who placed it; 409 while there is none.
 */
export const invoice: Endpoint = {
  path: '/:id/invoice',
  method: 'get',
  handler: async (req) => {
    const reached = await orderForDocument(
      req,
      String(req.routeParams?.id ?? ''),
      (user, order) => isStaffUser(user) || (isApprovedVendorUser(user) && isPlacerOf(order, user)),
      'invoice',
    )
    if (!reached.ok) return documentRefusal(reached)
    const { order } = reached
    const issued = await invoiceOf(req, order)
    if (!issued)
      return documentRefusal({
        ok: false,
        refusal: 'not_ready',
        message: `Order ${order.orderId} has no tax invoice: one is issued when a vendor's order is dispatched`,
      })
    const bytes = await invoicePdf(req, order, issued)
    return pdfResponse(bytes, `invoice-${issued.number.replaceAll('/', '-')}.pdf`)
  },
}
