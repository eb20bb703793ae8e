import type { TextField } from 'payload'

import { normalizeIndianPhone, phoneProblem } from '@/lib/phone'

/** An Indian mobile number, validated and stored as E.164 (`+919876543210`). */
export const phoneField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'phone',
    type: 'text',
    required: true,
    validate: (value: unknown, { required }: { required?: boolean }) => {
      if (!value) return required ? 'Phone is required' : true
      // A number or a list sent as JSON: text is what a phone number is typed as.
      if (typeof value !== 'string') return 'Enter the phone number as text, e.g. 98765 43210'
      return phoneProblem(value) ?? true
    },
    hooks: {
      beforeChange: [
        ({ value }) => (typeof value === 'string' && normalizeIndianPhone(value)) || value,
      ],
    },
    admin: { description: 'Indian mobile number, e.g. 98765 43210' },
    ...overrides,
  }) as TextField
