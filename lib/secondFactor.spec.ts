import { describe, expect, it } from 'vitest'

import {
  enrolmentMinutes,
  hashRecoveryCode,
  newRecoveryCodes,
  openEnrolment,
  openSecret,
  readSignInCode,
  recoveryCodeCount,
  sealEnrolment,
  sealSecret,
  secondFactorDemand,
  secondFactorPolicyOf,
} from './secondFactor'

describe('secondFactorPolicyOf', () => {
  it('reads ADMIN_2FA: unset or optional, required, anything else is a mistake', () => {
    expect(secondFactorPolicyOf(undefined)).toBe('optional')
    expect(secondFactorPolicyOf('optional')).toBe('optional')
    expect(secondFactorPolicyOf('required')).toBe('required')
    expect(secondFactorPolicyOf('yes')).toBeNull()
  })
})

describe('secondFactorDemand', () => {
  it('asks for a code from whoever enrolled, whatever the policy', () => {
    expect(secondFactorDemand({ role: 'staff', secondFactorEnabled: true }, 'optional')).toBe(
      'code',
    )
    expect(secondFactorDemand({ role: 'admin', secondFactorEnabled: true }, 'required')).toBe(
      'code',
    )
  })

  it('makes an admin without a second factor enrol when the policy requires it', () => {
    expect(secondFactorDemand({ role: 'admin', secondFactorEnabled: false }, 'required')).toBe(
      'enrol',
    )
    expect(secondFactorDemand({ role: 'admin' }, 'optional')).toBe('none')
  })

  it('leaves staff who are not admins to choose', () => {
    expect(secondFactorDemand({ role: 'staff' }, 'required')).toBe('none')
  })
})

describe('recovery codes', () => {
  it('are ten distinct codes written as two groups of five', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(recoveryCodeCount)
    expect(new Set(codes).size).toBe(recoveryCodeCount)
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
  })

  it('hash the same however they are typed', () => {
    const [code] = newRecoveryCodes()
    expect(hashRecoveryCode(code.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(code))
    expect(hashRecoveryCode(code)).not.toContain(code.slice(0, 5))
  })
})

describe('readSignInCode', () => {
  it('tells an app code from a recovery code', () => {
    expect(readSignInCode(' 123 456 ')).toEqual({ kind: 'app', code: '123456' })
    expect(readSignInCode('ABCDE-FGHJK')).toEqual({ kind: 'recovery', code: 'abcdefghjk' })
  })

  it('refuses anything else', () => {
    expect(readSignInCode('12345')).toBeNull()
    expect(readSignInCode('abcde-fghi1')).toBeNull()
    expect(readSignInCode(123456)).toBeNull()
    expect(readSignInCode(undefined)).toBeNull()
  })
})

describe('sealSecret', () => {
  it('opens with the same server secret only', () => {
    const box = sealSecret('JBSWY3DPEHPK3PXP', 'server-secret-one')
    expect(box).not.toContain('JBSWY3DPEHPK3PXP')
    expect(openSecret(box, 'server-secret-one')).toBe('JBSWY3DPEHPK3PXP')
    expect(openSecret(box, 'server-secret-two')).toBeNull()
  })

  it('refuses a box that was altered', () => {
    const [iv, tag, sealed] = sealSecret('JBSWY3DPEHPK3PXP', 'k').split('.')
    const altered = Buffer.from(sealed, 'base64url')
    altered[0] ^= 1
    expect(openSecret([iv, tag, altered.toString('base64url')].join('.'), 'k')).toBeNull()
    expect(openSecret('not-a-box', 'k')).toBeNull()
  })
})

describe('enrolment tickets', () => {
  const now = Date.UTC(2026, 10, 30, 12)

  it('give the secret back to the same account before the deadline', () => {
    const ticket = sealEnrolment({ account: 7, secret: 'JBSWY3DPEHPK3PXP', now }, 'k')
    expect(openEnrolment(ticket, { account: '7', now: now + 60_000 }, 'k')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuse another account, a late answer, another key and anything that is not one', () => {
    const ticket = sealEnrolment({ account: 7, secret: 'JBSWY3DPEHPK3PXP', now }, 'k')
    expect(openEnrolment(ticket, { account: 8, now }, 'k')).toBeNull()
    expect(
      openEnrolment(ticket, { account: 7, now: now + enrolmentMinutes * 60_000 }, 'k'),
    ).toBeNull()
    expect(openEnrolment(ticket, { account: 7, now }, 'other')).toBeNull()
    expect(openEnrolment({ ticket }, { account: 7, now }, 'k')).toBeNull()
  })
})
