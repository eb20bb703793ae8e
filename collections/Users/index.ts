import type { CollectionConfig } from 'payload'

import { or } from '@/access/compose'
import { adminField, hiddenUnlessAdmin, isAdmin, isSelf } from '@/access/checks'
import { isStaffUser } from '@/access/roles'
import { staffRoleLabels, staffRoles } from '@/lib/accounts'
import { checkPasswordStrength } from '@/hooks/checkPasswordStrength'
import { checkResetPasswordStrength } from '@/hooks/checkResetPasswordStrength'
import { accountAuth } from '@/collections/accountAuth'
import { adminCells, timestampFields } from '@/fields/adminCells'
import { clearLoginThrottle, throttleAccountActions } from '@/hooks/throttleAccountActions'
import { verifyClosed } from '@/endpoints/firstRegisterClosed'
import { secondFactorEndpoints } from '@/endpoints/secondFactor'
import { sessionEndpoints } from '@/endpoints/sessions'
import {
  markSignInsWithoutForm,
  requireSecondFactor,
  withholdSignInAfterReset,
} from '@/hooks/requireSecondFactor'

import { grantAdminToFirstUser } from './hooks/grantAdminToFirstUser'
import { secondFactorFields } from './secondFactorFields'

/** Staff: the only accounts allowed into /admin. `admin` manages people and settings. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: accountAuth({ tokenExpiration: 8 * 60 * 60 }),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: 'People',
    hidden: hiddenUnlessAdmin,
  },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    read: or(isAdmin, isSelf('users')),
    create: isAdmin,
    update: or(isAdmin, isSelf('users')),
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [...secondFactorEndpoints, ...sessionEndpoints('users'), ...verifyClosed(false)],
  hooks: {
    beforeLogin: [requireSecondFactor],
    afterLogin: [clearLoginThrottle],
    beforeOperation: [throttleAccountActions, checkResetPasswordStrength, markSignInsWithoutForm],
    afterOperation: [withholdSignInAfterReset],
    beforeValidate: [checkPasswordStrength],
    beforeChange: [grantAdminToFirstUser],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      options: staffRoles.map((role) => ({ label: staffRoleLabels[role], value: role })),
      saveToJWT: true,
      admin: { components: { Cell: adminCells.status } },
      access: { create: adminField, update: adminField },
    },
    {
      // Their own second factor and sessions, managed through /api/users/second-factor/*.
      name: 'accountSecurity',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/AccountSecurity#AccountSecurity' } },
    },
    ...secondFactorFields,
    ...timestampFields(),
  ],
}
