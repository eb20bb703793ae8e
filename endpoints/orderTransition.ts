import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { z } from 'zod'

import { confirmationChannels } from '@/lib/amountConfirmation'
import { noteAudiences } from '@/lib/noteAudience'
import { rateTermsOptions } from '@/lib/ratePricing'
import { fieldProblems } from '@/lib/orderInput'
import { inTransaction } from '@/operations/inTransaction'
import { transitionOrder } from '@/operations/transitionOrder'

import { orderRefusalStatus } from './responses'

const bodySchema = z.object({
  action: z.string({ required_error: 'action is required' }).min(1, 'action is required'),
  note: z.string().max(1000, 'Notes are at most 1000 characters').optional().nullable(),
  noteVisibility: z.enum(noteAudiences).optional().nullable(),
  goldsmith: z
    .union([z.number().int().positive(), z.string().min(1).max(64)])
    .optional()
    .nullable(),
  reason: z.string().max(1000, 'A reason is at most 1000 characters').optional().nullable(),
  readyBy: z
    .string({ invalid_type_error: 'readyBy must be a calendar date written YYYY-MM-DD' })
    .max(40, 'readyBy must be a calendar date written YYYY-MM-DD')
    .optional()
    .nullable(),
  amountConfirmation: z
    .object({
      via: z.enum(confirmationChannels, {
        errorMap: () => ({
          message: `Say how it was confirmed: ${confirmationChannels.join(', ')}`,
        }),
      }),
      at: z.string().max(40).optional().nullable(),
    })
    .optional()
    .nullable(),
  metalIssue: z
    .object({
      weight: z.number({
        required_error: 'metalIssue.weight is required: grams of metal issued',
        invalid_type_error: 'metalIssue.weight must be a number of grams',
      }),
      purity: z.string({
        required_error: 'metalIssue.purity is required, e.g. 22K',
        invalid_type_error: 'metalIssue.purity must be a purity such as 22K',
      }),
    })
    .optional()
    .nullable(),
  rateTerms: z
    .enum(rateTermsOptions, {
      errorMap: () => ({ message: `rateTerms is one of ${rateTermsOptions.join(', ')}` }),
    })
    .optional()
    .nullable(),
  huids: z
    .array(
      z.object({
        item: z.string({ required_error: 'Name the order line (its id)' }).min(1).max(64),
        huids: z.array(z.string().max(20, 'A HUID has 6 letters or digits')).max(100),
      }),
    )
    .max(50)
    .optional()
    .nullable(),
})

// The body clients of this route read (`errors[0].message`, and `field` when one is at fault);
// kept as it was, since the admin's order panel and integrations show that message as it is.
const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/**
 * Route: POST /api/orders/:id/transition — `{ action, note?, noteVisibility?, goldsmith?, reason?,
 * readyBy?, amountConfirmation?, metalIssue?, rateTerms? }` as JSON, or as multipart (`_payload` holding that JSON) with a
 * `file`: the photo of the finished piece, when marking it done. Every status change goes through
 * here, so every rule is checked in one place.
 */
export const orderTransition: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const parsed = bodySchema.safeParse(req.data ?? {})
    if (!parsed.success) {
      const [problem] = fieldProblems(parsed.error)
      return refuse(400, problem.message, problem.path)
    }
    const id = String(req.routeParams?.id ?? '')
    const result = await inTransaction(req, () =>
      transitionOrder(req, id, { ...parsed.data, photo: req.file }),
    )
    if (!result.ok) return refuse(orderRefusalStatus[result.refusal], result.message, result.field)
    return Response.json({
      message: `Order ${result.order.orderId} is now ${result.order.status}`,
      doc: result.order,
    })
  },
}
