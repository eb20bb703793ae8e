import type { ArrayField } from 'payload'

import { isSelfField, nobodyField } from '@/access/checks'
import { phoneField } from '@/fields/phone'
import type { PlacerCollection } from '@/lib/accounts'
import {
  deliveryAddressProblem,
  maxSavedAddresses,
  pincodeProblem,
  savedAddressesProblem,
} from '@/lib/address'

// Custom validators replace Payload's type check: a number or object sent as JSON must fail here.
const required = (what: string) => (value: unknown) =>
  typeof value === 'string' && value.trim() ? true : `${what} is required`

/**
 * Up to five delivery addresses a buyer keeps on their account and picks at checkout. Only the
 * account's owner reads or changes them (field access): staff see an order's own delivery details,
 * never the address book behind it.
 */
export const savedAddressesField = (collection: PlacerCollection): ArrayField => ({
  name: 'addresses',
  label: 'Saved delivery addresses',
  type: 'array',
  access: { read: isSelfField(collection), create: nobodyField, update: isSelfField(collection) },
  // Counted here, not with maxRows, so the refusal says what to do about it.
  validate: (rows: unknown) =>
    savedAddressesProblem(Array.isArray(rows) ? rows.length : Number(rows) || 0) ?? true,
  admin: { description: `At most ${maxSavedAddresses}; kept private to the account` },
  fields: [
    {
      name: 'label',
      type: 'text',
      maxLength: 40,
      validate: required('A label (Home, Shop)'),
    },
    { name: 'name', type: 'text', maxLength: 120, validate: required('Name') },
    phoneField(),
    {
      name: 'address',
      type: 'textarea',
      validate: (value: unknown) =>
        typeof value === 'string' && value
          ? (deliveryAddressProblem(value) ?? true)
          : 'Delivery address is required',
    },
    {
      name: 'pincode',
      label: 'PIN code',
      type: 'text',
      validate: (value: unknown) =>
        typeof value === 'string' && value
          ? (pincodeProblem(value) ?? true)
          : 'PIN code is required',
    },
  ],
})
