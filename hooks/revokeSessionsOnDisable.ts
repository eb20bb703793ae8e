import type { CollectionBeforeChangeHook } from 'payload'

import { loginRefusal } from '@/lib/accounts'

/**
 * Signs a goldsmith or vendor out everywhere when it is disabled: refusing the next login is not
 * enough, because a token issued before stays valid until it expires.
 */
export const revokeSessionsOnDisable: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !loginRefusal(collection.slug, { ...originalDoc, ...data })) {
    return data
  }
  return { ...data, sessions: [] }
}
