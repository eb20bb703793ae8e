import { describe, expect, it } from 'vitest'

import { calendarDay } from './orderId'
import {
  addDays,
  daysOverdue,
  defaultMakingDays,
  formatDay,
  isBeforeReady,
  isCalendarDay,
  makingDaysOf,
  parseReadyBy,
  readyByDay,
  readyByFor,
} from './readyDate'

describe('makingDaysOf', () => {
  it('takes the product’s own making time first', () => {
    expect(makingDaysOf({ makingDays: 5 }, { makingDays: 20 })).toBe(5)
  })

  it('falls back to the category’s, then to the default', () => {
    expect(makingDaysOf({ makingDays: null }, { makingDays: 20 })).toBe(20)
    expect(makingDaysOf({}, null)).toBe(defaultMakingDays)
    expect(makingDaysOf({}, { makingDays: null })).toBe(defaultMakingDays)
  })
})

describe('readyByFor', () => {
  it('adds the longest making time of the lines to the day of placement', () => {
    expect(readyByFor(new Date('2026-02-01T06:00:00Z'), [3, 10, 7], 'Asia/Kolkata')).toBe(
      '2026-02-11T12:00:00.000Z',
    )
  })

  it('counts from the business’s day, not the server’s: 20:00 UTC is already tomorrow in India', () => {
    expect(readyByFor(new Date('2026-02-01T20:00:00Z'), [1], 'Asia/Kolkata')).toBe(
      '2026-02-03T12:00:00.000Z',
    )
    expect(readyByFor(new Date('2026-02-01T20:00:00Z'), [1], 'UTC')).toBe(
      '2026-02-02T12:00:00.000Z',
    )
  })

  it('counts calendar days across months and leap days', () => {
    expect(readyByFor(new Date('2028-02-20T06:00:00Z'), [10], 'Asia/Kolkata')).toBe(
      '2028-03-01T12:00:00.000Z',
    )
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
  })
})

describe('parseReadyBy', () => {
  const today = '2026-02-10'

  it('accepts today and later days, stored at noon UTC', () => {
    expect(parseReadyBy('2026-02-10', today)).toEqual({
      ok: true,
      value: '2026-02-10T12:00:00.000Z',
    })
    expect(parseReadyBy('2026-03-01', today)).toMatchObject({ ok: true })
  })

  it('refuses what is not a real YYYY-MM-DD day', () => {
    for (const bad of ['2026-02-30', '10-02-2026', '2026-2-1', 'soon', '2026-02-10T10:00:00Z'])
      expect(parseReadyBy(bad, today)).toMatchObject({ ok: false, message: /YYYY-MM-DD/ })
  })

  it('refuses a day gone by and one more than a year ahead', () => {
    expect(parseReadyBy('2026-02-09', today)).toMatchObject({ ok: false, message: /past/ })
    expect(parseReadyBy('2027-02-11', today)).toMatchObject({ ok: false, message: /365 days/ })
  })
})

describe('daysOverdue', () => {
  const readyBy = '2026-02-10T12:00:00.000Z'

  it('counts the days past the ready date while the piece is still to be made', () => {
    expect(daysOverdue({ status: 'under_process', readyBy }, '2026-02-13')).toBe(3)
    expect(daysOverdue({ status: 'accepted', readyBy }, '2026-02-11')).toBe(1)
  })

  it('is 0 on the day itself, before it, once made, or without a date', () => {
    expect(daysOverdue({ status: 'under_process', readyBy }, '2026-02-10')).toBe(0)
    expect(daysOverdue({ status: 'ordered', readyBy }, '2026-02-01')).toBe(0)
    for (const status of ['completed', 'dispatched', 'delivered', 'rejected', 'cancelled'] as const)
      expect(daysOverdue({ status, readyBy }, '2026-03-01')).toBe(0)
    expect(daysOverdue({ status: 'under_process', readyBy: null }, '2026-03-01')).toBe(0)
  })
})

describe('isBeforeReady', () => {
  it('is true only while the piece is still to be made', () => {
    expect(
      ['ordered', 'accepted', 'under_process', 'on_hold'].every((s) => isBeforeReady(s as never)),
    ).toBe(true)
    for (const status of ['completed', 'dispatched', 'delivered', 'rejected', 'cancelled'] as const)
      expect(isBeforeReady(status)).toBe(false)
  })
})

describe('days', () => {
  it('names the stored day the same wherever it is read', () => {
    expect(readyByDay('2026-02-10T12:00:00.000Z')).toBe('2026-02-10')
    expect(readyByDay(null)).toBeNull()
    expect(readyByDay('not a date')).toBeNull()
    expect(calendarDay(new Date('2026-02-10T12:00:00.000Z'), 'Pacific/Honolulu')).toBe('2026-02-10')
    expect(calendarDay(new Date('2026-02-10T12:00:00.000Z'), 'Asia/Kolkata')).toBe('2026-02-10')
  })

  it('checks calendar days and writes them as people read them', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true)
    expect(isCalendarDay('2026-02-29')).toBe(false)
    expect(formatDay('2026-02-14')).toBe('14 Feb 2026')
  })
})
