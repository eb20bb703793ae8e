import { describe, expect, it } from 'vitest'

import { defaultGstRate, gstOn, gstRateProblem } from './gst'

describe('gstOn', () => {
  it('is 3 % by default', () => expect(gstOn(10_000, defaultGstRate)).toBe(300))

  it('rounds to the nearest rupee', () => {
    expect(gstOn(12_345, 3)).toBe(370) // 370.35
    expect(gstOn(12_355, 3)).toBe(371) // 370.65
  })

  it('rounds half a rupee up', () => expect(gstOn(50, 3)).toBe(2)) // 1.50

  it('takes fractional rates exactly', () => {
    expect(gstOn(1_000, 1.5)).toBe(15)
    expect(gstOn(1_000, 0.25)).toBe(3) // 2.50
    expect(gstOn(10_000, 0.1)).toBe(10)
  })

  it('is nothing at a zero rate or on nothing', () => {
    expect(gstOn(99_999, 0)).toBe(0)
    expect(gstOn(0, 3)).toBe(0)
  })
})

describe('gstRateProblem', () => {
  it.each([0, 3, 1.5, 0.25, 28])('accepts %s %%', (rate) => expect(gstRateProblem(rate)).toBeNull())

  it.each([-1, 28.01, 100])('refuses %s %% as out of range', (rate) =>
    expect(gstRateProblem(rate)).toMatch(/from 0 to 28/),
  )

  it('refuses more than two decimals', () => expect(gstRateProblem(3.125)).toMatch(/two decimals/))

  it.each([null, undefined, '3', Number.NaN])('refuses %s', (rate) =>
    expect(gstRateProblem(rate)).toMatch(/number/),
  )
})
