import type { NumberField } from 'payload'

/** An amount in Indian rupees. Who may read it is decided by the caller's `access`. */
export const moneyField = (name: string, overrides: Partial<NumberField> = {}): NumberField =>
  ({
    name,
    type: 'number',
    min: 0,
    max: 100_000_000,
    ...overrides,
    admin: { step: 1, description: 'INR', ...overrides.admin },
  }) as NumberField
