import type { CollectionConfig } from 'payload'

import {
  adminField,
  hiddenUnlessAdmin,
  isAdmin,
  isSelf,
  isStaff,
  nobodyField,
} from '@/access/checks'
import { or } from '@/access/compose'
import { goldsmithWorkloadEndpoint } from '@/endpoints/goldsmithWorkload'
import { adminCells, timestampFields } from '@/fields/adminCells'
import { phoneField } from '@/fields/phone'
import { checkPasswordStrength } from '@/hooks/checkPasswordStrength'
import { checkResetPasswordStrength } from '@/hooks/checkResetPasswordStrength'
import { storefrontPasswordReset } from '@/hooks/passwordResetEmail'
import { recordAuditAfterChange, recordAuditAfterDelete } from '@/hooks/recordAudit'
import { refuseDisabledLogin } from '@/hooks/refuseDisabledLogin'
import { revokeSessionsOnDisable } from '@/hooks/revokeSessionsOnDisable'
import { firstRegisterClosed, verifyClosed } from '@/endpoints/firstRegisterClosed'
import { changePasswordEndpoint } from '@/endpoints/changePassword'
import { sessionEndpoints } from '@/endpoints/sessions'
import { accountAuth } from '@/collections/accountAuth'
import { clearLoginThrottle, throttleAccountActions } from '@/hooks/throttleAccountActions'

import { generateTemporaryPassword, revealTemporaryPassword } from './hooks/issueTemporaryPassword'
import { clearPasswordChangeOnReset, requirePasswordChange } from './hooks/requirePasswordChange'

/**
 * Karigars. Created by an admin with a temporary password (typed, or generated and shown once in
 * the create response as `temporaryPassword`), which the goldsmith must replace with a `PATCH` of
 * its own `password` before it can see orders or notifications. Never self-registered. Staff may
 * read them to assign work.
 */
export const Goldsmiths: CollectionConfig = {
  slug: 'goldsmiths',
  auth: accountAuth({
    forgotPassword: storefrontPasswordReset('goldsmiths'),
  }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'openWork', 'phone', 'active', 'mustChangePassword', 'email'],
    group: 'People',
    // Staff read goldsmiths to assign work (the order screen), but only admins manage them.
    hidden: hiddenUnlessAdmin,
  },
  access: {
    create: isAdmin,
    read: or(isStaff, isSelf('goldsmiths')),
    update: or(isAdmin, isSelf('goldsmiths')),
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [
    ...firstRegisterClosed,
    ...verifyClosed(false),
    goldsmithWorkloadEndpoint,
    ...sessionEndpoints('goldsmiths'),
    changePasswordEndpoint('goldsmiths'),
  ],
  hooks: {
    afterLogin: [clearLoginThrottle],
    beforeOperation: [
      throttleAccountActions,
      generateTemporaryPassword,
      checkResetPasswordStrength,
    ],
    beforeValidate: [checkPasswordStrength],
    beforeChange: [requirePasswordChange, revokeSessionsOnDisable],
    afterChange: [recordAuditAfterChange('goldsmiths')],
    afterDelete: [recordAuditAfterDelete('goldsmiths')],
    afterOperation: [revealTemporaryPassword, clearPasswordChangeOnReset],
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
      admin: {
        position: 'sidebar',
        description: 'A disabled goldsmith cannot sign in',
        components: { Cell: adminCells.booleanLabel },
        custom: { labels: ['Active', 'Disabled'] },
      },
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      // Set when staff set the password, cleared when the goldsmith sets its own: never typed.
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Still on a temporary password set by staff',
        components: { Cell: adminCells.booleanLabel },
        custom: { labels: ['Temporary', 'Own password'] },
      },
    },
    {
      // The karigar's bench in the list: open pieces and how many are late (no stored data).
      name: 'openWork',
      label: 'Open work',
      type: 'ui',
      admin: {
        components: { Cell: '/src/components/admin/cells/OpenWorkCell#OpenWorkCell' },
        disableBulkEdit: true,
      },
    },
    ...timestampFields(),
  ],
}
