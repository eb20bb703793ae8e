import { testGstins, testPassword } from './people'

/** A suffix no other test (or earlier run) uses, for emails, names, SKUs and slugs. */
export const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`

/** A fresh test address, `label-<unique>@test.example`. */
export const uniqueEmail = (label: string) => `${label}-${unique()}@test.example`

/*
 * Bodies that create one new account of each storefront kind. `overrides` win; an override of
 * `undefined` leaves the field out of the JSON, for tests of a missing field.
 */

/** POST /api/vendors: a public vendor registration. */
export const newVendorBody = (overrides: object = {}) => ({
  email: uniqueEmail('vendor'),
  password: testPassword,
  businessName: 'Spare Jewellers',
  ownerName: 'Owner',
  phone: '9876543210',
  gstNumber: testGstins[0],
  city: 'Surat',
  ...overrides,
})

/** POST /api/customers: a public customer registration. */
export const newCustomerBody = (overrides: object = {}) => ({
  email: uniqueEmail('customer'),
  password: testPassword,
  name: 'Spare Customer',
  phone: '9876543210',
  ...overrides,
})

/** POST /api/goldsmiths: what an admin types for a new goldsmith. */
export const newGoldsmithBody = (overrides: object = {}) => ({
  email: uniqueEmail('goldsmith'),
  password: testPassword,
  name: 'Spare Karigar',
  phone: '9123456780',
  ...overrides,
})
