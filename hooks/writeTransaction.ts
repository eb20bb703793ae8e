import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { commitWriteTransaction, initWriteTransaction } from '@/adapters/sqliteTransactions'

type Write = 'create' | 'update'

/**
 * A collection's writes in one transaction each, on every adapter, SQLite included
 * (adapters/sqliteTransactions.ts): opened before a `create` or `update` that `applies` to,
 * committed after it, once the result is read back and before the answer goes out; Payload rolls
 * it back on any error. So the document and everything its hooks write with `req` (counters,
 * notifications, email jobs, audit entries) commit together, and a crash leaves all or none.
 */
export const writeTransactionHooks = (
  applies: (operation: Write, data: Record<string, unknown>) => boolean,
) => {
  // The requests whose operation opened the transaction, and so commit it.
  const opened = new WeakSet<PayloadRequest>()
  const begin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    const data = ((args as { data?: unknown }).data ?? {}) as Record<string, unknown>
    const write = operation === 'create' || operation === 'update'
    if (write && applies(operation, data) && (await initWriteTransaction(req))) opened.add(req)
    return args
  }
  // Reads of the collection end with afterOperation too; only a write commits.
  const commit: CollectionAfterOperationHook = async ({ operation, req, result }) => {
    const write = operation === 'create' || operation === 'update' || operation === 'updateByID'
    if (write && opened.delete(req)) await commitWriteTransaction(req)
    return result
  }
  return { begin, commit }
}
