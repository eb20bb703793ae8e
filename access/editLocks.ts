import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { isAdmin, isStaff } from './checks'

/** A lock written through the API names the person writing it: nobody locks in another's name. */
const lockInOwnName: CollectionBeforeChangeHook = ({ data, req: { user } }) =>
  user ? { ...data, user: { relationTo: user.collection, value: user.id } } : data

/**
 * Payload adds its admin's edit locks (`payload-locked-documents`) itself, readable and writable by
 * anyone signed in: a customer could list who edits what, forge a lock in an admin's name or lift
 * one. Only staff work in the admin, so only staff reach them, through every API; the admin panel
 * itself creates locks on the server (not through the API), so creating one by API is for admins,
 * and a staff member taking a lock over takes it in their own name. The collection exists only once
 * Payload has sanitised the config, hence a step after `buildConfig`.
 */
export const staffOnlyEditLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find(({ slug }) => slug === 'payload-locked-documents')
  if (locks) {
    locks.access = {
      ...locks.access,
      create: isAdmin,
      read: isStaff,
      readVersions: isStaff,
      update: isStaff,
      delete: isStaff,
    }
    locks.hooks = {
      ...locks.hooks,
      beforeChange: [...(locks.hooks?.beforeChange ?? []), lockInOwnName],
    }
  }
  return config
}
