import type { NumberField } from 'payload'

import { maxMakingDays } from '@/lib/readyDate'

/** Days the workshop needs to make a piece (lib/readyDate.ts turns them into a ready date). */
export const makingDaysField = (description: string): NumberField => ({
  name: 'makingDays',
  label: 'Making time (days)',
  type: 'number',
  min: 1,
  max: maxMakingDays,
  admin: { step: 1, description },
  validate: (value: number | null | undefined) =>
    value === null || value === undefined || Number.isInteger(value)
      ? true
      : 'Making time is a whole number of days',
})
