import { z } from 'zod'

import { deliveryAddressProblem, pincodeProblem } from './address'
import { normalizeIndianPhone, phoneProblem } from './phone'

import { maxItemsPerOrder, maxNotesLength, maxQuantityPerItem } from './orderLines'

export { maxItemsPerOrder, maxQuantityPerItem }

const deliveryRequired = 'Delivery details are required: address, and phone if not on your account'

/** What a buyer may choose for one line: how many, which size, notes for the karigar. */
export const orderLineChoices = {
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
}

/** Where an order goes: the address (required), PIN code, and who receives it on what phone. */
export const deliverySchema = z.object(
  {
    // Who receives the parcel, when not the buyer named on the account.
    recipientName: z
      .string()
      .trim()
      .max(120, 'Name is at most 120 characters')
      .optional()
      .nullable()
      .transform((v) => v || null),
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
      .superRefine((v, ctx) => {
        const problem = deliveryAddressProblem(v)
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
      }),
    pincode: z
      .string()
      .trim()
      .refine((v) => pincodeProblem(v) === null, 'PIN code is 6 digits')
      .optional()
      .nullable(),
  },
  { required_error: deliveryRequired, invalid_type_error: deliveryRequired },
)

const instructionsSchema = z
  .string()
  .trim()
  .max(1000, 'Instructions are at most 1000 characters')
  .optional()
  .nullable()

/**
 * What a buyer may send when placing an order; everything else in the body is ignored. The buyer's
 * name and email come from the account, never from the body.
 */
export const orderInputSchema = z.object({
  items: z
    .array(
      z.object({
        product: z.union([z.number().int().positive(), z.string().min(1).max(64)]),
        ...orderLineChoices,
      }),
      { required_error: 'Add at least one item', invalid_type_error: 'Items must be a list' },
    )
    .min(1, 'Add at least one item')
    .max(maxItemsPerOrder, `At most ${maxItemsPerOrder} items per order`),
  customerSnapshot: deliverySchema,
  instructions: instructionsSchema,
})

/**
 * What a buyer may change on an order still placed: each line's quantity, size and notes (one
 * entry per line, in the order's order), the delivery details and the instructions. Only what is
 * sent changes.
 */
export const orderEditSchema = z.object({
  items: z
    .array(z.object(orderLineChoices), { invalid_type_error: 'Items must be a list' })
    .optional(),
  customerSnapshot: deliverySchema.optional(),
  instructions: instructionsSchema,
})

export type OrderEdit = z.infer<typeof orderEditSchema>

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

/** Parses an order edit's body: the typed changes, or the problems naming each bad field. */
export const parseOrderEdit = (
  body: unknown,
): { ok: true; edit: OrderEdit } | { ok: false; problems: FieldProblem[] } => {
  const result = orderEditSchema.safeParse(body)
  return result.success
    ? { ok: true, edit: result.data }
    : { ok: false, problems: fieldProblems(result.error) }
}

/** `POST /api/products/by-sku`: the SKUs to look up, an order's worth at most. */
export const skuLookupSchema = z.object({
  skus: z
    .array(
      z.string().trim().min(1, 'A SKU cannot be empty').max(100, 'A SKU is at most 100 characters'),
      {
        required_error: 'Send the SKUs to look up as a list',
        invalid_type_error: 'Send the SKUs to look up as a list',
      },
    )
    .min(1, 'Send at least one SKU')
    .max(maxItemsPerOrder, `At most ${maxItemsPerOrder} SKUs at once, an order's worth`),
})
