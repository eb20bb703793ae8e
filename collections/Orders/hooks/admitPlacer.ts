import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { idempotencyHeader, parseIdempotencyKey, scopedIdempotencyKey } from '@/lib/idempotencyKey'
import { placementRefusal } from '@/lib/orderPlacement'

/**
 * A retried placement (same `Idempotency-Key` from the same account) gets a 409 naming the order
 * already placed, instead of a second order: a phone that lost the first response can safely try
 * again. The unique index on the stored key backs this up under a race.
 */
const refuseRepeatedPlacement = async (req: PayloadRequest) => {
  const parsed = parseIdempotencyKey(req.headers.get(idempotencyHeader))
  if (!parsed.ok) throw new APIError(parsed.message, 400, { field: idempotencyHeader }, true)
  if (!parsed.key) return
  const scoped = scopedIdempotencyKey(req.user!.collection, req.user!.id, parsed.key)
  const { docs } = await req.payload.find({
    collection: 'orders',
    where: { idempotencyKey: { equals: scoped } },
    limit: 1,
    depth: 0,
    select: { orderId: true },
    overrideAccess: true,
    req,
  })
  const placed = docs[0]
  if (placed) {
    throw new APIError(
      `This order was already placed as ${placed.orderId}`,
      409,
      { id: placed.id, orderId: placed.orderId },
      true,
    )
  }
  req.context.idempotencyKey = scoped
}

/**
 * Says why an account may not order (401 for guests, 403 with the reason for a pending vendor or a
 * goldsmith) before the generic access check would answer a bare "not allowed", refuses a request
 * with no body before Payload's field hooks trip over it, and answers a repeated placement.
 */
export const admitPlacer: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
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
  await refuseRepeatedPlacement(req)
  return args
}
