import { describe, expect, it } from 'vitest'

import { confirmationTimeProblem } from './amountConfirmation'

describe('confirmationTimeProblem', () => {
  const order = { placedAt: '2026-02-10T06:00:00.000Z', now: new Date('2026-02-11T06:00:00.000Z') }

  it('accepts a moment between placement and now', () => {
    expect(confirmationTimeProblem('2026-02-10T09:30:00.000Z', order)).toBeNull()
    expect(confirmationTimeProblem('2026-02-11T06:00:00.000Z', order)).toBeNull()
  })

  it('refuses the future, a time before the order existed, and what is not a time', () => {
    expect(confirmationTimeProblem('2026-02-12T06:00:00.000Z', order)).toMatch(/future/)
    expect(confirmationTimeProblem('2026-02-09T06:00:00.000Z', order)).toMatch(/before the order/)
    expect(confirmationTimeProblem('yesterday', order)).toMatch(/date and time/)
  })
})
