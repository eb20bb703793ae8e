const prefix = 'VND'

/** Formats a vendor number as 'VND001'; at least three digits, more once past 999. */
export function formatVendorId(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Vendor number must be a positive integer, got ${n}`)
  }
  return prefix + String(n).padStart(3, '0')
}

/** The vendor number in an ID such as 'VND001', or null when it is not a canonical vendor ID. */
export function parseVendorId(s: string): number | null {
  const match = /^VND(\d{3,})$/.exec(s.trim().toUpperCase())
  if (!match) return null
  const n = Number(match[1])
  if (!Number.isSafeInteger(n) || n < 1) return null
  // 'VND0001' would otherwise alias 'VND001'.
  return formatVendorId(n) === prefix + match[1] ? n : null
}
