import type { CollectionBeforeLoginHook } from 'payload'
import { APIError } from 'payload'

import { loginRefusal } from '@/lib/accounts'

/** Stops a disabled goldsmith or vendor at the door, with the reason. */
export const refuseDisabledLogin: CollectionBeforeLoginHook = ({ collection, user }) => {
  const refusal = loginRefusal(collection.slug, user)
  if (refusal) throw new APIError(refusal, 403, null, true)
  return user
}
