import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/**
 * Keeps the metal ledger append-only: an update or delete fails even when access is overridden
 * (a trusted Local API call, a script).
 */
export const refuseLedgerEdit: CollectionBeforeChangeHook & CollectionBeforeDeleteHook = (args) => {
  if ('operation' in args && args.operation === 'create') return args.data
  throw new APIError('Metal ledger entries cannot be changed or deleted', 403, null, true)
}
