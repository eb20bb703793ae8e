import { describe, expect, it } from 'vitest'

import { loginRefusal } from './accounts'

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
