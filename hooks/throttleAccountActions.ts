import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import {
  clearLoginAttempts,
  countClientAttempt,
  countLoginAttempt,
  refuseThrottled,
} from '@/operations/throttle'

/**
 * Throttles what anyone may try against accounts over REST and GraphQL alike (both run Payload's
 * operations): sign-in per account and client, sign-up and reset emails per client. The Local API
 * (seed, server code) is not a client and is not counted.
 */
export const throttleAccountActions: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  const data = (args as { data?: { email?: unknown } }).data
  if (operation === 'login')
    refuseThrottled(req, await countLoginAttempt(req, collection.slug, data?.email))
  if (operation === 'forgotPassword')
    refuseThrottled(req, await countClientAttempt(req, 'passwordReset'))
  if (operation === 'create' && !req.user)
    refuseThrottled(req, await countClientAttempt(req, 'signup'))
  return args
}

/** A correct password clears that account's failed sign-ins from this client. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  if (req.payloadAPI !== 'local') await clearLoginAttempts(req, collection.slug, user.email)
}
