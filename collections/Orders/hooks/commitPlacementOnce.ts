import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { commitTransaction } from 'payload'

import { initWriteTransaction } from '@/adapters/sqliteTransactions'

// The requests whose placement opened the transaction, and so commit it.
const opened = new WeakSet<PayloadRequest>()

/**
 * Places an order in one transaction on every adapter, SQLite included: the counter, the order and
 * its notifications and email jobs commit together, with one disk flush. Payload rolls it back on
 * any error (killTransaction); `commitPlacement` commits it before the answer goes out.
 */
export const beginPlacement: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'create' && (await initWriteTransaction(req))) opened.add(req)
  return args
}

/** Commits the transaction `beginPlacement` opened, once the order is read back. */
export const commitPlacement: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'create' && opened.delete(req)) await commitTransaction(req)
  return result
}
