import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/** Keeps the audit log append-only: an update or delete fails even when access is overridden. */
export const refuseAuditEdit: CollectionBeforeChangeHook & CollectionBeforeDeleteHook = (args) => {
  if ('operation' in args && args.operation === 'create') return args.data
  throw new APIError('Audit log entries cannot be changed or deleted', 403, null, true)
}
