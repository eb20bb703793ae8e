import type { CollectionConfig } from 'payload'

import {
  adminField,
  anyone,
  isAdmin,
  isSelf,
  isStaff,
  nobodyField,
  staffField,
} from '@/access/checks'
import { or } from '@/access/compose'
import { vendorStatusLabels, vendorStatuses } from '@/lib/accounts'
import { emailVerificationRequired } from '@/adapters/email'
import { adminCells, timestampFields } from '@/fields/adminCells'
import { phoneField } from '@/fields/phone'
import { savedAddressesField } from '@/fields/savedAddresses'
import { checkPasswordStrength } from '@/hooks/checkPasswordStrength'
import { checkResetPasswordStrength } from '@/hooks/checkResetPasswordStrength'
import { storefrontPasswordReset } from '@/hooks/passwordResetEmail'
import { recordAuditAfterChange, recordAuditAfterDelete } from '@/hooks/recordAudit'
import { refuseDisabledLogin } from '@/hooks/refuseDisabledLogin'
import { revokeSessionsOnDisable } from '@/hooks/revokeSessionsOnDisable'
import { gstinProblem, normalizeGstin } from '@/lib/gstin'
import { firstRegisterClosed, verifyClosed } from '@/endpoints/firstRegisterClosed'
import { changePasswordEndpoint } from '@/endpoints/changePassword'
import { sessionEndpoints } from '@/endpoints/sessions'
import { accountAuth } from '@/collections/accountAuth'
import { clearLoginThrottle, throttleAccountActions } from '@/hooks/throttleAccountActions'

import { announceVendorStatus } from './hooks/announceVendorStatus'
import { applyVendorDecision } from './hooks/applyVendorDecision'
import { beginVendorDecision, commitVendorDecision } from './hooks/commitDecisionOnce'
import { keepApprovedIdentity } from './hooks/keepApprovedIdentity'
import { limitStaffToDecision } from './hooks/limitStaffToDecision'

/**
 * Retail jewellers. Anyone may register; the account starts `pending` and can sign in to see its
 * status, but prices and ordering open only once staff approve it.
 */
export const Vendors: CollectionConfig = {
  slug: 'vendors',
  auth: accountAuth({
    verify: emailVerificationRequired(),
    forgotPassword: storefrontPasswordReset('vendors'),
  }),
  admin: {
    useAsTitle: 'businessName',
    defaultColumns: ['businessName', 'vendorId', 'status', 'city', 'phone', 'createdAt'],
    group: 'People',
    listSearchableFields: ['businessName', 'vendorId', 'ownerName', 'email'],
    // Waiting registrations first, with Approve / Reject, above the list itself.
    components: {
      beforeListTable: ['/src/components/admin/vendors/PendingVendors#PendingVendors'],
    },
  },
  access: {
    create: anyone,
    // Staff read vendors to decide on them; what they may change is limitStaffToDecision's rule.
    read: or(isStaff, isSelf('vendors')),
    update: or(isStaff, isSelf('vendors')),
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    afterLogin: [clearLoginThrottle],
    beforeOperation: [throttleAccountActions, checkResetPasswordStrength, beginVendorDecision],
    beforeValidate: [checkPasswordStrength],
    beforeChange: [
      limitStaffToDecision,
      keepApprovedIdentity,
      applyVendorDecision,
      revokeSessionsOnDisable,
    ],
    afterChange: [announceVendorStatus, recordAuditAfterChange('vendors')],
    afterDelete: [recordAuditAfterDelete('vendors')],
    afterOperation: [commitVendorDecision],
    beforeLogin: [refuseDisabledLogin],
  },
  endpoints: [
    ...firstRegisterClosed,
    ...verifyClosed(emailVerificationRequired()),
    ...sessionEndpoints('vendors'),
    changePasswordEndpoint('vendors'),
  ],
  fields: [
    {
      name: 'vendorId',
      label: 'Partner ID',
      type: 'text',
      unique: true,
      index: true,
      // Issued by the approval operation from an atomic counter, never typed.
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', components: { Cell: adminCells.text } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: vendorStatuses.map((status) => ({
        label: vendorStatusLabels[status],
        value: status,
      })),
      // An admin may create a vendor already approved; staff decide on existing ones.
      access: { create: adminField, update: staffField },
      admin: { position: 'sidebar', components: { Cell: adminCells.status } },
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      maxLength: 1000,
      access: { create: adminField, update: staffField },
      admin: {
        position: 'sidebar',
        description: 'Sent to the vendor with an approval, rejection or disabling',
      },
    },
    { name: 'businessName', type: 'text', required: true, maxLength: 160 },
    { name: 'ownerName', type: 'text', required: true, maxLength: 120 },
    phoneField(),
    {
      name: 'gstNumber',
      label: 'GSTIN',
      type: 'text',
      required: true,
      validate: (value: unknown) =>
        !value
          ? 'GSTIN is required'
          : typeof value !== 'string'
            ? 'Enter the GSTIN as text, e.g. 27AAPFU0939F1ZV'
            : (gstinProblem(value) ?? true),
      hooks: {
        beforeChange: [({ value }) => (typeof value === 'string' ? normalizeGstin(value) : value)],
      },
    },
    { name: 'city', type: 'text', required: true, maxLength: 80 },
    savedAddressesField('vendors'),
    ...timestampFields(),
  ],
}
