import type { CollectionBeforeChangeHook } from 'payload'

import { formatVendorId } from '@/lib/vendorId'
import { nextSequence } from '@/operations/nextSequence'

/** The first approval gives a vendor its permanent `VND001`-style id; re-approval keeps it. */
export const issueVendorIdOnApproval: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const approved = (data.status ?? originalDoc?.status) === 'approved'
  if (!approved || originalDoc?.vendorId || data.vendorId) return data
  return { ...data, vendorId: formatVendorId(await nextSequence(req, 'vendor')) }
}
