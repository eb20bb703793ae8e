import type { NotificationType } from './notifications'

import type { VendorStatus } from './accounts'

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

/**
 * What an approved vendor may no longer change itself: approval vouched for this business and this
 * GSTIN (they go on tax invoices), so only staff change them afterwards.
 */
export const identityFixedOnApproval = ['businessName', 'gstNumber'] as const

/** The identity fields an approved vendor's own edit would change; empty when it may go ahead. */
export const fixedIdentityChanges = (
  status: string | null | undefined,
  before: Partial<Record<(typeof identityFixedOnApproval)[number], string | null>>,
  after: Record<string, unknown>,
): string[] =>
  status === 'approved'
    ? identityFixedOnApproval.filter(
        (field) =>
          field in after &&
          String(after[field] ?? '')
            .trim()
            .toUpperCase() !==
            String(before[field] ?? '')
              .trim()
              .toUpperCase(),
      )
    : []

/** What staff may change on a vendor's account: the decision, never the details or the sign-in. */
export const vendorDecisionFields = ['status', 'decisionNote'] as const

/** Keys a read account carries that no one writes by hand (the admin form sends them back). */
const bookkeepingKeys = new Set(['id', 'createdAt', 'updatedAt', 'collection', '_strategy'])

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields an update would change on a vendor's account beyond the decision (status and note):
 * anything sent with a new value, and always a new password. The admin form sends the whole
 * document back, so unchanged details are not changes.
 */
export const changesBeyondDecision = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] =>
  Object.keys(after).filter(
    (key) =>
      !bookkeepingKeys.has(key) &&
      !(vendorDecisionFields as readonly string[]).includes(key) &&
      (key === 'password' ? Boolean(after.password) : !sameValue(after[key], before[key])),
  )
