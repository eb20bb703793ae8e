import type { SanitizedConfig } from 'payload'

import { isStaff } from './checks'

/**
 * Payload adds its admin's edit locks (`payload-locked-documents`) itself, readable and writable by
 * anyone signed in: a customer could list who edits what, forge a lock in an admin's name or lift
 * one. Only staff work in the admin, so only staff reach them, through every API. The collection
 * exists only once Payload has sanitised the config, hence a step after `buildConfig`.
 */
export const staffOnlyEditLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find(({ slug }) => slug === 'payload-locked-documents')
  if (locks)
    locks.access = {
      ...locks.access,
      create: isStaff,
      read: isStaff,
      readVersions: isStaff,
      update: isStaff,
      delete: isStaff,
    }
  return config
}
