import type { NumberField } from 'payload'

import { adminCells } from './adminCells'

/**
 * An amount in Indian rupees, listed as ₹3,93,524. Who may read it is decided by the caller's
 * `access`.
 */
export const moneyField = (name: string, overrides: Partial<NumberField> = {}): NumberField =>
  ({
    name,
    type: 'number',
    min: 0,
    max: 100_000_000,
    ...overrides,
    admin: {
      step: 1,
      description: 'INR',
      ...overrides.admin,
      components: { Cell: adminCells.money, ...overrides.admin?.components },
    },
  }) as NumberField
