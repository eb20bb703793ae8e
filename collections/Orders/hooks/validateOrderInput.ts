import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { parseOrderInput } from '@/lib/orderInput'

/** Checks what the buyer typed (items, delivery details, instructions) and keeps only that. */
export const validateOrderInput: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const parsed = parseOrderInput(data)
  if (!parsed.ok) {
    throw new ValidationError({ collection: 'orders', errors: parsed.problems }, req.t)
  }
  return { ...data, ...parsed.input }
}
