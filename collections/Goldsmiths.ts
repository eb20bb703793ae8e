import type { CollectionConfig } from 'payload'

import { adminField, isAdmin, isSelf, isStaff } from '@/access/checks'
import { or } from '@/access/compose'
import { goldsmithWorkloadEndpoint } from '@/endpoints/goldsmithWorkload'
import { phoneField } from '@/fields/phone'
import { checkPasswordStrength } from '@/hooks/checkPasswordStrength'
import { refuseDisabledLogin } from '@/hooks/refuseDisabledLogin'
import { revokeSessionsOnDisable } from '@/hooks/revokeSessionsOnDisable'

/**
 * Karigars. Created by an admin with a temporary password; never self-registered. Staff may read
 * them to assign work.
 */
export const Goldsmiths: CollectionConfig = {
  slug: 'goldsmiths',
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'phone', 'active', 'email'],
    group: 'People',
  },
  access: {
    create: isAdmin,
    read: or(isStaff, isSelf('goldsmiths')),
    update: or(isAdmin, isSelf('goldsmiths')),
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [goldsmithWorkloadEndpoint],
  hooks: {
    beforeValidate: [checkPasswordStrength],
    beforeChange: [revokeSessionsOnDisable],
    beforeLogin: [refuseDisabledLogin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    phoneField(),
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      access: { create: adminField, update: adminField },
      admin: { position: 'sidebar', description: 'A disabled goldsmith cannot sign in' },
    },
  ],
}
