import { writeTransactionHooks } from '@/hooks/writeTransaction'

/**
 * Each decision on a vendor (operations/decideVendor.ts) in one transaction on every adapter,
 * SQLite included: the new status, the `VND` id and the counter that issued it, the vendor's
 * notification and email job and the audit entry commit together, or not at all. Not a
 * registration: Payload hashes the password inside the operation, and on SQLite every other
 * write would wait out the hashing.
 */
export const { begin: beginVendorDecision, commit: commitVendorDecision } = writeTransactionHooks(
  (operation, data) => operation === 'update' && 'status' in data,
)
