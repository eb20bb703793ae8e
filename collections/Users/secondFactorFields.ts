import type { Field } from 'payload'

import { nobodyField } from '@/access/checks'

/**
 * The second factor's state. Hidden from every API answer and written by no client: only
 * operations/secondFactor.ts changes it, through the endpoints in endpoints/secondFactor.ts.
 */
const internal = { create: nobodyField, read: nobodyField, update: nobodyField }

export const secondFactorFields: Field[] = [
  {
    name: 'secondFactorEnabled',
    type: 'checkbox',
    defaultValue: false,
    access: { create: nobodyField, update: nobodyField },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'Signs in with a code from an app.',
    },
  },
  // Sealed with a key derived from PAYLOAD_SECRET (lib/secondFactor.ts sealSecret).
  { name: 'totpSecret', type: 'text', hidden: true, access: internal },
  // The last 30-second step whose code was used: each code signs in once.
  { name: 'totpLastStep', type: 'number', hidden: true, access: internal },
  { name: 'recoveryCodeHashes', type: 'json', hidden: true, access: internal },
]
