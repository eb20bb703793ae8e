import type { CollectionAfterChangeHook } from 'payload'

import type { Vendor } from '@/payload-types'
import { vendorMoveNotification } from '@/lib/vendorStatus'
import { notify } from '@/operations/notify'

/** Tells staff of a new registration, and the vendor of each decision on it (with staff's note). */
export const announceVendorStatus: CollectionAfterChangeHook<Vendor> = async ({
  data,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const subject = { vendorId: doc.id, vendorName: doc.businessName }
  if (operation === 'create') {
    await notify(req, 'vendor_registered', subject)
    return doc
  }
  const type = vendorMoveNotification(previousDoc?.status ?? 'pending', doc.status)
  // Only a note written with this decision is sent; an older one belongs to an older decision.
  if (type) await notify(req, type, { ...subject, reason: data?.decisionNote ?? null })
  return doc
}
