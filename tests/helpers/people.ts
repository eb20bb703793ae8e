/** Test accounts: two of every kind of person, so every rule is checked against a peer. */
export const testPassword = 'Test-pass-2026'

export const people = {
  admin1: { collection: 'users', email: 'admin1@test.example', role: 'admin' },
  admin2: { collection: 'users', email: 'admin2@test.example', role: 'admin' },
  staff1: { collection: 'users', email: 'staff1@test.example', role: 'staff' },
  staff2: { collection: 'users', email: 'staff2@test.example', role: 'staff' },
  customer1: { collection: 'customers', email: 'customer1@test.example' },
  customer2: { collection: 'customers', email: 'customer2@test.example' },
  pendingVendor1: { collection: 'vendors', email: 'pending1@test.example', status: 'pending' },
  pendingVendor2: { collection: 'vendors', email: 'pending2@test.example', status: 'pending' },
  vendor1: { collection: 'vendors', email: 'vendor1@test.example', status: 'approved' },
  vendor2: { collection: 'vendors', email: 'vendor2@test.example', status: 'approved' },
  goldsmith1: { collection: 'goldsmiths', email: 'goldsmith1@test.example' },
  goldsmith2: { collection: 'goldsmiths', email: 'goldsmith2@test.example' },
} as const

export type PersonKey = keyof typeof people

/** Everyone who is not staff and not an approved vendor: the people prices are hidden from. */
export const priceBlind = [
  'customer1',
  'customer2',
  'pendingVendor1',
  'pendingVendor2',
  'goldsmith1',
  'goldsmith2',
] as const satisfies readonly PersonKey[]

export const priceSighted = [
  'vendor1',
  'vendor2',
  'staff1',
  'staff2',
  'admin1',
  'admin2',
] as const satisfies readonly PersonKey[]

/** Everyone who signs in but is not staff: buyers (approved or not) and karigars. */
export const outsideStaff = [
  'customer1',
  'customer2',
  'vendor1',
  'vendor2',
  'pendingVendor1',
  'pendingVendor2',
  'goldsmith1',
  'goldsmith2',
] as const satisfies readonly PersonKey[]

/** A valid GSTIN per test vendor (the check digit is real). */
export const testGstins = ['27AAPFU0939F1ZV', '29AAGCB7383J1Z4']
