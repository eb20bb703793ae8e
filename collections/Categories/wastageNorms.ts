import type { ArrayField } from 'payload'

import { staffField } from '@/access/checks'
import { purities } from '@/lib/metal'
import { maxWastageNormPercent, wastageNormProblems, type WastageNorm } from '@/lib/metalLedger'

/**
 * The wastage a karigar may lose making a piece of this category, per purity, as a percentage of
 * the piece's net weight: the metal ledger's check at receipt (lib/metalLedger.ts). Staff's
 * business, not the storefront's.
 */
export const wastageNormsField: ArrayField = {
  name: 'wastageNorms',
  label: 'Karigar wastage norms',
  type: 'array',
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    description:
      'Metal a goldsmith may lose per purity, as a % of net weight. A purity without a norm allows no loss: any shortfall is for staff to acknowledge.',
    initCollapsed: true,
  },
  validate: (value: unknown) => {
    const [problem] = wastageNormProblems(value as WastageNorm[] | null)
    return problem ? `Row ${problem.row + 1}: ${problem.message}` : true
  },
  fields: [
    { name: 'purity', type: 'select', required: true, options: [...purities] },
    {
      name: 'percent',
      label: 'Allowed wastage (% of net weight)',
      type: 'number',
      required: true,
      min: 0,
      max: maxWastageNormPercent,
      admin: { step: 0.01 },
    },
  ],
}
