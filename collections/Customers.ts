import type { CollectionConfig } from 'payload'

import { anyone, hiddenUnlessAdmin, isAdmin, isSelf } from '@/access/checks'
import { or } from '@/access/compose'
import { emailVerificationRequired } from '@/adapters/email'
import { timestampFields } from '@/fields/adminCells'
import { phoneField } from '@/fields/phone'
import { savedAddressesField } from '@/fields/savedAddresses'
import { checkPasswordStrength } from '@/hooks/checkPasswordStrength'
import { checkResetPasswordStrength } from '@/hooks/checkResetPasswordStrength'
import { storefrontPasswordReset } from '@/hooks/passwordResetEmail'
import { firstRegisterClosed, verifyClosed } from '@/endpoints/firstRegisterClosed'
import { changePasswordEndpoint } from '@/endpoints/changePassword'
import { sessionEndpoints } from '@/endpoints/sessions'
import { accountAuth } from '@/collections/accountAuth'
import { clearLoginThrottle, throttleAccountActions } from '@/hooks/throttleAccountActions'

/** Buyers who register themselves from the storefront. */
export const Customers: CollectionConfig = {
  slug: 'customers',
  auth: accountAuth({
    verify: emailVerificationRequired(),
    forgotPassword: storefrontPasswordReset('customers'),
  }),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'phone', 'createdAt'],
    listSearchableFields: ['name', 'email', 'phone'],
    group: 'People',
    hidden: hiddenUnlessAdmin,
  },
  access: {
    create: anyone,
    read: or(isAdmin, isSelf('customers')),
    update: or(isAdmin, isSelf('customers')),
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    afterLogin: [clearLoginThrottle],
    beforeOperation: [throttleAccountActions, checkResetPasswordStrength],
    beforeValidate: [checkPasswordStrength],
  },
  endpoints: [
    ...firstRegisterClosed,
    ...verifyClosed(emailVerificationRequired()),
    ...sessionEndpoints('customers'),
    changePasswordEndpoint('customers'),
  ],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    phoneField(),
    savedAddressesField('customers'),
    ...timestampFields(),
  ],
}
