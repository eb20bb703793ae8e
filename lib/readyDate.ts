import { calendarDay } from './orderId'
import type { OrderStatus } from './orderStatus'

/**
 * An order's promised ready date (`readyBy`): one calendar day that is the buyer's and vendor's
 * ready date, the karigar's due date and the staff's overdue line. Kept as a `YYYY-MM-DD` day and
 * stored at noon UTC of that day, as Payload's day-only date picker stores a day, so it reads as
 * the same day in every time zone from UTC−11 to UTC+11.
 */

/** Days to make a piece when neither the product nor its category says. */
export const defaultMakingDays = 14

/** The longest making time staff may set, and the furthest ahead a ready date may be moved. */
export const maxMakingDays = 365

/** A product's making time: its own, else its category's, else the default. */
export const makingDaysOf = (
  product: { makingDays?: number | null },
  category?: { makingDays?: number | null } | null,
): number => product.makingDays ?? category?.makingDays ?? defaultMakingDays

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `day` is `YYYY-MM-DD` naming a real calendar date. */
export const isCalendarDay = (day: string): boolean => {
  const match = dayPattern.exec(day)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === day
}

/** `day` plus `days` calendar days. */
export const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000)

/** The stored value of a day: noon UTC, as Payload's day-only picker saves it. */
export const readyByValue = (day: string): string => `${day}T12:00:00.000Z`

/** The day a stored `readyBy` names, or null when there is none. */
export const readyByDay = (value: string | null | undefined): string | null => {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null
}

/**
 * The promised ready date of an order placed at `placedAt`: the business's day of placement (in
 * its time zone) plus the longest making time of its lines, in calendar days.
 * @returns the stored value (readyByValue)
 */
export const readyByFor = (placedAt: Date, makingDays: readonly number[], timeZone: string) =>
  readyByValue(addDays(calendarDay(placedAt, timeZone), Math.max(0, ...makingDays)))

/**
 * A ready date staff typed, checked against `today` (the business's day): a real `YYYY-MM-DD`
 * day, not in the past and at most a year ahead.
 * @returns the stored value, or why not
 */
export const parseReadyBy = (
  input: string,
  today: string,
): { ok: true; value: string } | { ok: false; message: string } => {
  if (!isCalendarDay(input))
    return { ok: false, message: 'readyBy must be a calendar date written YYYY-MM-DD' }
  if (input < today)
    return { ok: false, message: `readyBy cannot be in the past (today is ${today})` }
  if (daysBetween(today, input) > maxMakingDays)
    return { ok: false, message: `readyBy can be at most ${maxMakingDays} days ahead` }
  return { ok: true, value: readyByValue(input) }
}

/** The statuses in which the piece is still to be made: only these can be late. */
const beforeReady: readonly OrderStatus[] = ['ordered', 'accepted', 'under_process', 'on_hold']

/** Whether the piece is still to be made (not yet ready, declined or cancelled). */
export const isBeforeReady = (status: OrderStatus): boolean => beforeReady.includes(status)

/**
 * Days the order is past its ready date on `today` (the business's day), or 0: an order is late
 * while it is not yet made and its day has gone by.
 */
export const daysOverdue = (
  order: { status: OrderStatus; readyBy?: string | null },
  today: string,
): number => {
  const day = readyByDay(order.readyBy)
  if (!day || !isBeforeReady(order.status)) return 0
  return Math.max(0, daysBetween(day, today))
}

const dayNames = new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "14 Feb 2026": a day as everyone reads it (buyer, karigar, emails). */
export const formatDay = (day: string): string => dayNames.format(new Date(`${day}T12:00:00.000Z`))
