import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  GlobalBeforeOperationHook,
  GlobalConfig,
} from 'payload'

/*
 * Payload 3.90's REST update and delete check the admin panel's edit lock with a read made outside
 * the request's transaction (checkDocumentLockStatus). On PostgreSQL, as many simultaneous writes
 * as the pool has connections then each hold one in their transaction and wait for another: the
 * server locks up for good (ten vendor approvals did it with pg's pool of 10). Writes here skip
 * that read, as Local API writes do by default. The admin panel still shows who is editing a
 * document and asks before taking it over; only the server's refusal of a second writer goes.
 */

/** For every collection: updates and deletes without the lock read. */
export const skipLockRead: CollectionBeforeOperationHook = ({ args, operation }) =>
  operation === 'update' || operation === 'delete' ? { ...args, overrideLock: true } : args

/** For every global: updates without the lock read. */
export const skipGlobalLockRead: GlobalBeforeOperationHook = ({ args }) => ({
  ...args,
  overrideLock: true,
})

/** The collection, its writes skipping the lock read: payload.config.ts applies it to every one. */
export const withoutLockRead = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), skipLockRead],
  },
})

/** The global, its updates skipping the lock read. */
export const globalWithoutLockRead = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [...(global.hooks?.beforeOperation ?? []), skipGlobalLockRead],
  },
})
