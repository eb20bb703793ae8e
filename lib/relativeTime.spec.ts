import { describe, expect, it } from 'vitest'

import { relativeTime } from './relativeTime'

const now = Date.parse('2026-03-10T12:00:00Z')
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString()

describe('relativeTime', () => {
  it.each([
    [10, 'just now'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [26 * 3600, 'yesterday'],
    [3 * 86400, '3 days ago'],
    [15 * 86400, '2 weeks ago'],
    [400 * 86400, 'last year'],
  ])('says %i seconds ago as "%s"', (seconds, text) => {
    expect(relativeTime(ago(seconds), now)).toBe(text)
  })
})
