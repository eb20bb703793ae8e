import type { PayloadRequest } from 'payload'
import { killTransaction } from 'payload'

import { commitWriteTransaction, initWriteTransaction } from '@/adapters/sqliteTransactions'

/**
 * Runs `work` in the request's transaction, all or nothing: committed when it answers ok, rolled
 * back when it refuses or throws, so a refused request leaves no partial write (on SQLite too: see
 * adapters/sqliteTransactions.ts). A caller already
 * inside a transaction keeps it open for its own commit.
 */
export const inTransaction = async <T extends { ok: boolean }>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> => {
  const shouldCommit = await initWriteTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await (result.ok ? commitWriteTransaction(req) : killTransaction(req))
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
