import { describe, it, expect } from 'vitest'

import {
  minPasswordLength,
  newPasswordProblems,
  passwordHint,
  passwordProblem,
  temporaryPassword,
} from './password'

describe('passwordProblem', () => {
  it('is described by the hint the forms show', () => {
    expect(passwordHint).toContain(`${minPasswordLength} characters`)
    expect(passwordProblem('a1'.padEnd(minPasswordLength, 'b'))).toBeNull()
  })

  it('accepts a password with letters and digits', () => {
    expect(passwordProblem('gold2024ring')).toBeNull()
  })

  it('accepts exactly 8 characters', () => {
    expect(passwordProblem('bangle7x')).toBeNull()
  })

  it('accepts exactly 128 characters', () => {
    expect(passwordProblem('a1'.repeat(64))).toBeNull()
  })

  it('rejects 7 characters, naming the minimum length', () => {
    expect(passwordProblem('bangle7')).toBe('Password must be at least 8 characters')
  })

  it('rejects an empty password', () => {
    expect(passwordProblem('')).toBe('Password must be at least 8 characters')
  })

  it('counts an emoji as one character', () => {
    expect(passwordProblem('ring12💍')).toBe('Password must be at least 8 characters')
  })

  it('rejects 129 characters, naming the maximum length', () => {
    expect(passwordProblem('a1'.repeat(64) + 'b')).toBe('Password must be at most 128 characters')
  })

  it('rejects a password without a digit', () => {
    expect(passwordProblem('goldbangles')).toBe('Password must contain at least one digit')
  })

  it('rejects a password without a letter', () => {
    expect(passwordProblem('2024-11-26')).toBe('Password must contain at least one letter')
  })

  it('rejects the same character repeated', () => {
    expect(passwordProblem('77777777')).toBe('Password must not be the same character repeated')
  })

  it('rejects a common password', () => {
    expect(passwordProblem('password1')).toBe(
      'Password is too common; choose one that is harder to guess',
    )
  })

  it('rejects a common password regardless of case', () => {
    expect(passwordProblem('QWERTY123')).toMatch(/too common/)
  })

  it('accepts a common password with extra characters', () => {
    expect(passwordProblem('password1-bridal')).toBeNull()
  })
})

describe('newPasswordProblems', () => {
  it('finds nothing wrong with a good password typed twice', () => {
    expect(newPasswordProblems('Karigar-own-2026', 'Karigar-own-2026')).toEqual({})
  })

  it('names a weak password and a mismatch together, each under its own field', () => {
    expect(newPasswordProblems('short', 'other')).toEqual({
      password: passwordProblem('short'),
      confirm: 'The two passwords are not the same',
    })
  })

  it('names only the mismatch when the password itself is good', () => {
    expect(newPasswordProblems('Karigar-own-2026', 'Karigar-own-2027')).toEqual({
      confirm: 'The two passwords are not the same',
    })
  })

  it('names only the weakness when both copies agree', () => {
    expect(newPasswordProblems('abcdefgh', 'abcdefgh')).toEqual({
      password: 'Password must contain at least one digit',
    })
  })
})

describe('temporaryPassword', () => {
  it('makes a strong password in four groups from random bytes', () => {
    const bytes = new Uint8Array(16).map((_, i) => i * 37)
    const password = temporaryPassword(bytes)
    expect(password).toMatch(/^[A-Za-z][A-Za-z0-9]{3}(-[A-Za-z0-9]{4}){3}$/)
    expect(passwordProblem(password)).toBeNull()
  })

  it('passes the strength rules even for all-zero bytes', () => {
    expect(passwordProblem(temporaryPassword(new Uint8Array(16)))).toBeNull()
  })

  it('differs for different bytes', () => {
    const a = temporaryPassword(new Uint8Array(16).fill(1))
    const b = temporaryPassword(new Uint8Array(16).fill(2))
    expect(a).not.toBe(b)
  })

  it('refuses too few bytes', () => {
    expect(() => temporaryPassword(new Uint8Array(4))).toThrow(RangeError)
  })
})
