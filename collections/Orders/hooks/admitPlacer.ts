import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { placementRefusal } from '@/lib/orderPlacement'

/**
 * Says why an account may not order (401 for guests, 403 with the reason for a pending vendor or a
 * goldsmith) before the generic access check would answer a bare "not allowed", and refuses a
 * request with no body before Payload's field hooks trip over it.
 */
export const admitPlacer: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Local API calls that override access (seed, operations) answer for themselves.
  if (operation !== 'create' || args.overrideAccess === true) return args
  const refusal = placementRefusal(req.user)
  if (refusal) throw new APIError(refusal.message, refusal.status, null, true)
  if (!args.data || typeof args.data !== 'object') {
    throw new APIError(
      'Send the order as a JSON body: { items, customerSnapshot, instructions? }',
      400,
      null,
      true,
    )
  }
  return args
}
