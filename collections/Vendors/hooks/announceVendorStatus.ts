import type { CollectionAfterChangeHook } from 'payload'

import type { Vendor } from '@/payload-types'
import { notify } from '@/operations/notify'

/** Tells staff of a new registration, and the vendor of the decision on it. */
export const announceVendorStatus: CollectionAfterChangeHook<Vendor> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const subject = { vendorId: doc.id, vendorName: doc.businessName }
  if (operation === 'create') {
    await notify(req, 'vendor_registered', subject)
  } else if (doc.status !== previousDoc?.status) {
    if (doc.status === 'approved') await notify(req, 'vendor_approved', subject)
    if (doc.status === 'rejected') await notify(req, 'vendor_rejected', subject)
  }
  return doc
}
