import type { Endpoint } from 'payload'
import { z } from 'zod'

import { recordMetalReceipt } from '@/operations/metalReceipt'

import { changeOrderOfRoute, parseBody } from './responses'

const grams = (name: string) =>
  z
    .number({ invalid_type_error: `${name} must be a number of grams` })
    .optional()
    .nullable()

const bodySchema = z.object({
  receivedWeight: grams('receivedWeight'),
  scrapWeight: grams('scrapWeight'),
  acknowledgeVariance: z
    .boolean({ invalid_type_error: 'acknowledgeVariance is true or false' })
    .optional()
    .nullable(),
  note: z.string().max(1000, 'Notes are at most 1000 characters').optional().nullable(),
})

/**
 * Route: POST /api/orders/:id/metal-receipt — `{ receivedWeight, scrapWeight?,
 * acknowledgeVariance?, note? }` (grams). Staff weigh back the metal issued for an order and get
 * its weight check; `{ acknowledgeVariance: true, note? }` alone accepts a variance recorded
 * earlier. Dispatch waits for both (operations/dispatchMetalCheck.ts).
 */
export const metalReceipt: Endpoint = {
  path: '/:id/metal-receipt',
  method: 'post',
  handler: async (req) => {
    const body = await parseBody(req, bodySchema)
    if (!body.ok) return body.refusal
    return changeOrderOfRoute(
      req,
      (id) => recordMetalReceipt(req, id, body.data),
      (result) =>
        Response.json({ message: result.message, check: result.check, doc: result.order }),
    )
  },
}
