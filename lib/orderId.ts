/** The business's time zone unless configured otherwise; order IDs roll over at its midnight. */
export const defaultTimeZone = 'Asia/Kolkata'

/** True when `tz` is an IANA time zone name this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

// Building a formatter loads the zone's rules, which costs more than formatting: one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>()
const dayParts = (instant: Date, timeZone: string) => {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      numberingSystem: 'latn',
    })
    dayFormats.set(timeZone, format)
  }
  const parts = format.formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? ''
  return { day: part('day'), month: part('month'), year: part('year') }
}

/**
 * The business's calendar day of `instant` in `timeZone`, as `YYYY-MM-DD`: the day an order ID
 * counts in and a ready date is reckoned from. RangeError for a bad zone or date.
 */
export function calendarDay(instant: Date, timeZone: string): string {
  const { day, month, year } = dayParts(instant, timeZone)
  return `${year}-${month}-${day}`
}

/** The calendar day of `now` in `timeZone` as 'DDMMYY'; RangeError for a bad zone or date. */
export function businessDayKey(now: Date, timeZone: string): string {
  const { day, month, year } = dayParts(now, timeZone)
  return day + month + year.slice(-2)
}

/** True when `dayKey` is 'DDMMYY' naming a real calendar date (years 2000–2099). */
export function isDayKey(dayKey: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(dayKey)
  if (!match) return false
  const day = Number(match[1])
  const month = Number(match[2])
  const year = Number(match[3])
  const date = new Date(Date.UTC(2000 + year, month - 1, day))
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1
}

/** Builds an order ID such as '24112601' from a day key and the day's 1-based sequence. */
export function formatOrderId(dayKey: string, sequence: number): string {
  if (!isDayKey(dayKey)) throw new RangeError(`'${dayKey}' is not a DDMMYY day key`)
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`Order sequence must be a positive integer, got ${sequence}`)
  }
  return dayKey + String(sequence).padStart(2, '0')
}

/** Splits an order ID into day key and sequence; null unless formatOrderId could make it. */
export function parseOrderId(orderId: string): { dayKey: string; sequence: number } | null {
  const match = /^(\d{6})(\d{2,})$/.exec(orderId)
  if (!match) return null
  const dayKey = match[1]!
  const digits = match[2]!
  const sequence = Number(digits)
  // Reject non-canonical forms like '241126001' so each order has exactly one ID.
  if (!isDayKey(dayKey) || !Number.isSafeInteger(sequence) || sequence < 1) return null
  if (String(sequence).padStart(2, '0') !== digits) return null
  return { dayKey, sequence }
}
