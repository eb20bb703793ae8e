import type { GlobalConfig } from 'payload'

import { anyone, isAdmin, isStaff, nobodyField, staffField } from '@/access/checks'
import { moneyField } from '@/fields/money'
import { recordGlobalAudit } from '@/hooks/recordAudit'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateStorefront'

import { recordRateSetter } from './hooks/recordRateSetter'

/**
 * Today's bullion rates per gram in INR. Only admins set them (staff see them, read-only, to price
 * the catalogue). Every change is kept as a version: the rate history, listed under the form.
 */
export const Rates: GlobalConfig = {
  slug: 'rates',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin, readVersions: isStaff },
  versions: { max: 1000 },
  hooks: {
    beforeChange: [recordRateSetter],
    afterChange: [revalidateGlobalAfterChange('rates'), recordGlobalAudit('rates')],
  },
  fields: [
    moneyField('gold', {
      required: true,
      max: 1_000_000,
      admin: { description: 'INR per gram (24K)' },
    }),
    moneyField('silver', {
      required: true,
      max: 100_000,
      admin: { description: 'INR per gram (999)' },
    }),
    {
      name: 'updatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The last rates set, under the form (all of them in the Versions tab).
      name: 'history',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/RatesHistory#RatesHistory' } },
    },
  ],
}
