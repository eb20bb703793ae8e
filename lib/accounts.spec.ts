import { describe, expect, it } from 'vitest'

import { accountInputProblems, loginRefusal } from './accounts'

describe('loginRefusal', () => {
  it('refuses a disabled goldsmith', () => {
    expect(loginRefusal('goldsmiths', { active: false })).toMatch(/disabled/)
  })

  it('lets an active goldsmith in', () => {
    expect(loginRefusal('goldsmiths', { active: true })).toBeNull()
  })

  it('refuses a disabled vendor', () => {
    expect(loginRefusal('vendors', { status: 'disabled' })).toMatch(/disabled/)
  })

  it.each(['pending', 'approved', 'rejected'])('lets a %s vendor in to see their status', (s) => {
    expect(loginRefusal('vendors', { status: s })).toBeNull()
  })

  it('ignores fields of other kinds of account', () => {
    expect(loginRefusal('customers', { active: false, status: 'disabled' })).toBeNull()
  })
})

describe('accountInputProblems', () => {
  it('names every problem at once: password, phone and GSTIN', () => {
    expect(
      accountInputProblems({ password: 'short', phone: '123', gstNumber: '27AAPFU0939F1ZX' }),
    ).toEqual({
      password: 'Password must be at least 8 characters',
      phone: expect.any(String),
      gstNumber: expect.stringMatching(/check/i),
    })
  })

  it('finds nothing wrong with good input', () => {
    expect(
      accountInputProblems({
        password: 'gold2024ring',
        phone: '98765 43210',
        gstNumber: '27AAPFU0939F1ZV',
      }),
    ).toEqual({})
  })

  it('leaves absent fields to the server (a customer has no GSTIN)', () => {
    expect(accountInputProblems({ password: 'gold2024ring' })).toEqual({})
  })
})
