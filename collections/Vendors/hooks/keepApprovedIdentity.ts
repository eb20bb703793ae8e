import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import type { Vendor } from '@/payload-types'
import { fixedIdentityChanges } from '@/lib/vendorStatus'

/**
 * An approved vendor editing its own account may not change the business name or GSTIN that were
 * approved: 403 naming them, and nothing saved. Staff still can.
 */
export const keepApprovedIdentity: CollectionBeforeChangeHook<Vendor> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || req.user?.collection !== 'vendors') return data
  const changed = fixedIdentityChanges(originalDoc?.status, originalDoc ?? {}, data)
  if (changed.length > 0)
    throw new APIError(
      `An approved partner's ${changed.join(' and ')} can only be changed by our staff: please contact us.`,
      403,
      { fields: changed },
      true,
    )
  return data
}
