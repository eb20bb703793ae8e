import { z } from 'zod'

import { normalizeIndianPhone, phoneProblem } from './phone'

import { maxItemsPerOrder, maxNotesLength, maxQuantityPerItem } from './orderLines'

export { maxItemsPerOrder, maxQuantityPerItem }

const deliveryRequired = 'Delivery details are required: address, and phone if not on your account'

/**
 * What a buyer may send when placing an order; everything else in the body is ignored. Name and
 * email come from the account, never from the body.
 */
export const orderInputSchema = z.object({
  items: z
    .array(
      z.object({
        product: z.union([z.number().int().positive(), z.string().min(1).max(64)]),
        quantity: z
          .number({ invalid_type_error: 'Quantity must be a whole number' })
          .int('Quantity must be a whole number')
          .min(1, 'Quantity must be at least 1')
          .max(maxQuantityPerItem, `At most ${maxQuantityPerItem} of one piece per order`),
        size: z.string().trim().max(20, 'Size is at most 20 characters').optional().nullable(),
        notes: z
          .string()
          .trim()
          .max(maxNotesLength, `Notes are at most ${maxNotesLength} characters`)
          .optional()
          .nullable(),
      }),
      { required_error: 'Add at least one item', invalid_type_error: 'Items must be a list' },
    )
    .min(1, 'Add at least one item')
    .max(maxItemsPerOrder, `At most ${maxItemsPerOrder} items per order`),
  customerSnapshot: z.object(
    {
      // Defaults to the account's phone when left out.
      phone: z
        .string()
        .refine(
          (v) => normalizeIndianPhone(v) !== null,
          (v) => ({ message: phoneProblem(v) ?? '' }),
        )
        .transform((v) => normalizeIndianPhone(v)!)
        .optional()
        .nullable(),
      address: z
        .string({ required_error: 'Delivery address is required' })
        .trim()
        .min(10, 'Delivery address looks too short; include house, street and city')
        .max(500, 'Delivery address is at most 500 characters'),
      pincode: z
        .string()
        .trim()
        .regex(/^[1-9]\d{5}$/, 'PIN code is 6 digits')
        .optional()
        .nullable(),
    },
    { required_error: deliveryRequired, invalid_type_error: deliveryRequired },
  ),
  instructions: z
    .string()
    .trim()
    .max(1000, 'Instructions are at most 1000 characters')
    .optional()
    .nullable(),
})

export type OrderInput = z.infer<typeof orderInputSchema>

export type FieldProblem = { path: string; message: string }

/** Zod's issues as Payload-style field paths (`items.0.quantity`), for a 400 that names the field. */
export const fieldProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }))

/** Parses a placement body: the typed input, or the problems naming each bad field. */
export const parseOrderInput = (
  body: unknown,
): { ok: true; input: OrderInput } | { ok: false; problems: FieldProblem[] } => {
  const result = orderInputSchema.safeParse(body)
  return result.success
    ? { ok: true, input: result.data }
    : { ok: false, problems: fieldProblems(result.error) }
}
