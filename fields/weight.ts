import type { NumberField } from 'payload'

import { weightProblems } from '@/lib/weights'

type WeightName = 'grossWeight' | 'netWeight' | 'stoneWeight'

/** A weight in grams, checked against its sibling weights (net and stone never exceed gross). */
export const weightField = (name: WeightName, overrides: Partial<NumberField> = {}): NumberField =>
  ({
    name,
    type: 'number',
    min: 0,
    max: 10000,
    admin: { step: 0.001, description: 'grams' },
    validate: (
      value: number | null | undefined,
      { siblingData, required }: { siblingData: Record<string, unknown>; required?: boolean },
    ) => {
      if (value === null || value === undefined) return required ? `${name} is required` : true
      const problem = weightProblems({ ...siblingData, [name]: value }).find(
        (p) => p.field === name,
      )
      return problem?.message ?? true
    },
    ...overrides,
  }) as NumberField
