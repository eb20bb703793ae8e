import type { NotificationType } from './notifications'

type VendorStatus = 'pending' | 'approved' | 'rejected' | 'disabled'

/** The moves staff may make on a vendor account, and what the vendor is told of each. */
export const vendorMoves: Record<VendorStatus, Partial<Record<VendorStatus, NotificationType>>> = {
  pending: {
    approved: 'vendor_approved',
    rejected: 'vendor_rejected',
    disabled: 'vendor_disabled',
  },
  approved: { disabled: 'vendor_disabled' },
  rejected: { approved: 'vendor_approved', disabled: 'vendor_disabled' },
  disabled: { approved: 'vendor_approved' },
}

/** Null when staff may move a vendor from one status to the other, else why not. */
export const vendorMoveProblem = (from: string, to: string): string | null => {
  if (from === to) return null
  const allowed = vendorMoves[from as VendorStatus]
  if (!allowed) return `Unknown vendor status "${from}"`
  if (to in allowed) return null
  const options = Object.keys(allowed)
  return `A ${from} vendor can only be ${options.join(' or ')}, not ${to}`
}

/** The notification a vendor gets for a move, or null when the status did not change. */
export const vendorMoveNotification = (from: string, to: string): NotificationType | null =>
  from === to ? null : (vendorMoves[from as VendorStatus]?.[to as VendorStatus] ?? null)
