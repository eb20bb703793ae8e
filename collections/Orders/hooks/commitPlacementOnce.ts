import { writeTransactionHooks } from '@/hooks/writeTransaction'

/**
 * Places an order in one transaction on every adapter, SQLite included: the counter, the order, its
 * notifications, email jobs and audit entry commit together, with one disk flush. `beginPlacement`
 * opens it, `commitPlacement` commits it before the answer goes out. (Transitions and edits open
 * theirs in operations/inTransaction.ts.)
 */
export const { begin: beginPlacement, commit: commitPlacement } = writeTransactionHooks(
  (operation) => operation === 'create',
)
