import { describe, expect, it } from 'vitest'

import { enteredStatusAt, oldestWaitingSince, waitingStatuses } from './dashboard'
import { orderStatuses, transitions } from './orderStatus'

describe('waitingStatuses', () => {
  it('keeps the statuses some action leaves and drops where orders end', () => {
    const waiting = waitingStatuses(orderStatuses, transitions)
    expect(waiting).toContain('ordered')
    expect(waiting).toContain('on_hold')
    expect(waiting).toContain('under_process')
    expect(waiting).not.toContain('delivered')
    expect(waiting).not.toContain('cancelled')
  })

  it('follows the table: a status with no way out is not waiting', () => {
    const acceptOnly = {
      accept: { by: { staff: { from: ['ordered'] as const, note: 'writersChoice' as const } } },
    }
    expect(waitingStatuses(['ordered', 'accepted'], acceptOnly)).toEqual(['ordered'])
  })
})

describe('enteredStatusAt', () => {
  const order = {
    createdAt: '2026-03-01T08:00:00.000Z',
    history: [
      { to: 'ordered', at: '2026-03-01T08:00:00.000Z' },
      { to: 'under_process', at: '2026-03-02T08:00:00.000Z' },
      { to: 'completed', at: '2026-03-03T08:00:00.000Z' },
      { to: 'under_process', at: '2026-03-04T08:00:00.000Z' },
    ],
  }

  it('takes the last time the order entered the status (a rework re-enters it)', () => {
    expect(enteredStatusAt(order, 'under_process')).toBe('2026-03-04T08:00:00.000Z')
  })

  it('falls back to the placing time when the history does not say', () => {
    expect(enteredStatusAt({ createdAt: order.createdAt }, 'accepted')).toBe(order.createdAt)
  })
})

describe('oldestWaitingSince', () => {
  it('finds the order that has waited longest, not the oldest placed', () => {
    const early = {
      createdAt: '2026-03-01T00:00:00.000Z',
      history: [{ to: 'accepted', at: '2026-03-09T00:00:00.000Z' }],
    }
    const late = {
      createdAt: '2026-03-05T00:00:00.000Z',
      history: [{ to: 'accepted', at: '2026-03-06T00:00:00.000Z' }],
    }
    expect(oldestWaitingSince([early, late], 'accepted')).toBe('2026-03-06T00:00:00.000Z')
  })

  it('is null when nothing waits', () => {
    expect(oldestWaitingSince([], 'accepted')).toBeNull()
  })
})
