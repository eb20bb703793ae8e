import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import type { Vendor } from '@/payload-types'
import { isAdminUser, isStaffUser } from '@/access/roles'
import { changesBeyondDecision } from '@/lib/vendorStatus'

/**
 * Staff approve or reject vendors; only an admin edits a vendor's details or sign-in (a new email
 * or password would hand staff the account). 403 naming the fields, and nothing saved.
 */
export const limitStaffToDecision: CollectionBeforeChangeHook<Vendor> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !isStaffUser(req.user) || isAdminUser(req.user)) return data
  const changed = changesBeyondDecision({ ...originalDoc }, data)
  if (changed.length > 0)
    throw new APIError(
      `Staff may approve or reject a vendor but not change its ${changed.join(', ')}: ask an admin.`,
      403,
      { fields: changed },
      true,
    )
  return data
}
