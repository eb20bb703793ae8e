import { describe, expect, it } from 'vitest'

import {
  deliveryAddressProblem,
  maxSavedAddresses,
  pincodeProblem,
  savedAddressesProblem,
  savedAddressSummary,
} from './address'

describe('pincodeProblem', () => {
  it.each(['302001', ' 560025 '])('accepts %s', (pin) => expect(pincodeProblem(pin)).toBeNull())
  it.each(['012345', '30200', '3020011', 'ABCDEF', ''])('refuses %s', (pin) =>
    expect(pincodeProblem(pin)).toBe('PIN code is 6 digits'),
  )
})

describe('deliveryAddressProblem', () => {
  it('accepts a house, street and city', () =>
    expect(deliveryAddressProblem('12 MG Road, Jaipur')).toBeNull())
  it('asks for more when too short', () =>
    expect(deliveryAddressProblem('Jaipur')).toMatch(/short/))
  it('refuses more than 500 characters', () =>
    expect(deliveryAddressProblem('x'.repeat(501))).toMatch(/500/))
})

describe('savedAddressesProblem', () => {
  it('allows up to five', () => expect(savedAddressesProblem(maxSavedAddresses)).toBeNull())
  it('names the limit for a sixth', () =>
    expect(savedAddressesProblem(6)).toBe(
      'You can keep up to 5 saved addresses; remove one before adding another',
    ))
})

describe('savedAddressSummary', () => {
  it('reads as one line', () =>
    expect(
      savedAddressSummary({
        label: 'Home',
        name: 'Priya',
        phone: '+919876543210',
        address: '12 MG Road\nJaipur',
        pincode: '302001',
      }),
    ).toBe('Home · Priya, 12 MG Road, Jaipur 302001'))
})
