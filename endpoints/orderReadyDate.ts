import type { Endpoint } from 'payload'
import { z } from 'zod'

import { noteAudiences } from '@/lib/noteAudience'
import { moveReadyDate } from '@/operations/moveReadyDate'

import { changeOrderOfRoute, parseBody } from './responses'

const bodySchema = z.object({
  readyBy: z
    .string({
      required_error: 'readyBy is required: a calendar date written YYYY-MM-DD',
      invalid_type_error: 'readyBy must be a calendar date written YYYY-MM-DD',
    })
    .max(40, 'readyBy must be a calendar date written YYYY-MM-DD'),
  note: z.string().max(1000, 'Notes are at most 1000 characters').optional().nullable(),
  noteVisibility: z.enum(noteAudiences).optional().nullable(),
})

/**
 * Route: POST /api/orders/:id/ready-date — `{ readyBy: 'YYYY-MM-DD', note?, noteVisibility? }`.
 * Staff move an accepted order's promised date; the buyer and the karigar are told.
 */
export const orderReadyDate: Endpoint = {
  path: '/:id/ready-date',
  method: 'post',
  handler: async (req) => {
    const body = await parseBody(req, bodySchema)
    if (!body.ok) return body.refusal
    return changeOrderOfRoute(
      req,
      (id) => moveReadyDate(req, id, body.data),
      (result) =>
        Response.json({
          message: result.changed
            ? `Order ${result.order.orderId} is now due ${result.order.readyBy?.slice(0, 10)}`
            : `Order ${result.order.orderId} is already due that day; nothing changed`,
          doc: result.order,
        }),
    )
  },
}
