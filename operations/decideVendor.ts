import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { formatVendorId } from '@/lib/vendorId'
import { vendorMoveProblem } from '@/lib/vendorStatus'

import { nextSequence } from './nextSequence'

type VendorState = { status?: string | null; vendorId?: string | null }

/**
 * Staff's decision on a vendor account (approve, reject, disable, re-enable), whichever way it
 * arrives: the admin panel and `PATCH /api/vendors/:id` both reach it through the collection's
 * beforeChange hook. Checks the move against lib/vendorStatus.ts and, on the first approval, issues
 * the permanent `VND001`-style id from the atomic counter (never reused; re-approval keeps it). It
 * runs in the decision's transaction (collections/Vendors/hooks/commitDecisionOnce.ts, on SQLite
 * too), so an id is only ever seen on a vendor whose approval committed, with its notification.
 * @returns the fields to write along with the new status
 */
export const decideVendor = async (
  req: PayloadRequest,
  current: VendorState,
  to: string,
): Promise<{ vendorId?: string }> => {
  const from = current.status ?? 'pending'
  const problem = vendorMoveProblem(from, to)
  if (problem) {
    throw new ValidationError(
      { collection: 'vendors', errors: [{ path: 'status', message: problem }] },
      req.t,
    )
  }
  if (to !== 'approved' || current.vendorId) return {}
  return { vendorId: formatVendorId(await nextSequence(req, 'vendor')) }
}
