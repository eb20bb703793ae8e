import type { Endpoint } from 'payload'

import { isAssignedGoldsmithOf } from '@/access/orderChecks'
import { isStaffUser } from '@/access/roles'
import { serverUrl } from '@/adapters/production'
import { jobCardPdf } from '@/operations/documents/jobCard'
import { orderForDocument } from '@/operations/documents/pdf'

import { documentRefusal, originOf, pdfResponse } from './documentResponse'
import { refuse } from './responses'

/**
 * Route: GET /api/orders/:id/job-card[?line=n] — the job cards of an order (one A5 page per line,
 * or line n, 1-based) for staff and the goldsmith it is assigned to; nobody else, buyers included.
 */
export const jobCard: Endpoint = {
  path: '/:id/job-card',
  method: 'get',
  handler: async (req) => {
    const reached = await orderForDocument(
      req,
      String(req.routeParams?.id ?? ''),
      (user, order) => isStaffUser(user) || isAssignedGoldsmithOf(order, user),
      'job card',
    )
    if (!reached.ok) return documentRefusal(reached)
    const { order } = reached
    const raw = req.searchParams.get('line')
    const line = raw === null ? undefined : Number(raw)
    const count = order.items?.length ?? 0
    if (line !== undefined && !(Number.isInteger(line) && line >= 1 && line <= count))
      return refuse(400, `line is a line number from 1 to ${count}`, 'line')
    const bytes = await jobCardPdf(req, order, { origin: originOf(req.url, serverUrl()), line })
    return pdfResponse(bytes, `job-card-${order.orderId}${line ? `-${line}` : ''}.pdf`)
  },
}
