import { describe, expect, it } from 'vitest'

import { averageTurnaroundHours } from './turnaround'

describe('averageTurnaroundHours', () => {
  it('averages assignment-to-completion over completed orders only', () => {
    expect(
      averageTurnaroundHours([
        { assignedAt: '2025-01-01T00:00:00Z', completedAt: '2025-01-01T10:00:00Z' },
        { assignedAt: '2025-01-01T00:00:00Z', completedAt: '2025-01-02T00:00:00Z' },
        { assignedAt: '2025-01-01T00:00:00Z', completedAt: null },
      ]),
    ).toBe(17)
  })

  it('is null with nothing completed', () => {
    expect(averageTurnaroundHours([{ assignedAt: '2025-01-01T00:00:00Z' }])).toBeNull()
    expect(averageTurnaroundHours([])).toBeNull()
  })
})
