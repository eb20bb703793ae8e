import { writeTransactionHooks } from '@/hooks/writeTransaction'

/**
 * A registration, and each decision on a vendor (operations/decideVendor.ts), in one transaction
 * on every adapter, SQLite included: the vendor, its `VND` id and the counter that issued it, the
 * notifications and email jobs it raises and the audit entry commit together, or not at all.
 */
export const { begin: beginVendorWrite, commit: commitVendorWrite } = writeTransactionHooks(
  (operation, data) => operation === 'create' || 'status' in data,
)
