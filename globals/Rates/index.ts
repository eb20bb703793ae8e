import type { Field, GlobalConfig } from 'payload'

import { anyone, isAdmin, isStaff, nobodyField, staffField } from '@/access/checks'
import { moneyField } from '@/fields/money'
import { recordGlobalAudit } from '@/hooks/recordAudit'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateStorefront'
import { metals, rateFields } from '@/lib/metal'

import { recordRateSetter } from './hooks/recordRateSetter'
import { repriceAfterRateChange } from './hooks/repriceAfterRateChange'

// Fine gold tops out near ₹10 lakh a gram in our sanity bound; silver near ₹1 lakh.
const maxRate = { gold: 1_000_000, silver: 100_000, platinum: 1_000_000 } as const

/**
 * Today's bullion rates per gram in INR, per metal and purity (`gold` is 24K and `silver` 999, as
 * clients have always read them). Only admins set them (staff see them, read-only, to price the
 * catalogue). Every change is kept as a version: the rate history, listed under the form. Saving
 * reprices every rate-linked product at once (lib/ratePricing.ts).
 */
export const Rates: GlobalConfig = {
  slug: 'rates',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin, readVersions: isStaff },
  versions: { max: 1000 },
  hooks: {
    beforeChange: [recordRateSetter],
    afterChange: [
      repriceAfterRateChange,
      revalidateGlobalAfterChange('rates'),
      recordGlobalAudit('rates'),
    ],
  },
  fields: [
    // One row per metal: its purities side by side.
    ...metals.map((metal): Field => ({
      type: 'row',
      fields: rateFields
        .filter((rate) => rate.metal === metal)
        .map(({ field, label }) =>
          moneyField(field, {
            label,
            // The 24K and 999 rates were always required; the others are new, so a site that
            // has not set one yet simply has no rate-linked price in that purity.
            required: field === 'gold' || field === 'silver',
            max: maxRate[metal],
            admin: { step: 0.01, description: `INR per gram (${label})` },
          }),
        ),
    })),
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
