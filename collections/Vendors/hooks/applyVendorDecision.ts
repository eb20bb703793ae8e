import type { CollectionBeforeChangeHook } from 'payload'

import type { Vendor } from '@/payload-types'
import { decideVendor } from '@/operations/decideVendor'

/** Sends every change of a vendor's status through operations/decideVendor.ts. */
export const applyVendorDecision: CollectionBeforeChangeHook<Vendor> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const to = data.status ?? originalDoc?.status
  if (!to) return data
  // A new registration is pending; an admin may create a vendor already approved.
  const current: { status?: string | null; vendorId?: string | null } =
    operation === 'create' ? { status: 'pending' } : (originalDoc ?? {})
  if (to === current.status && (to !== 'approved' || current.vendorId)) return data
  return { ...data, ...(await decideVendor(req, current, to)) }
}
