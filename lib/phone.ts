// Separators people type inside phone numbers; anything else (letters, dots, slashes) is rejected.
const separators = /[\s\-()]/g

// Optional country/trunk prefix, then a 10-digit mobile number starting 6–9.
const mobilePattern = /^(?:\+91|91|0)?([6-9]\d{9})$/

/** Normalizes an Indian mobile number to E.164 (`+919876543210`), or null when it is not one. */
export function normalizeIndianPhone(input: string): string | null {
  const match = mobilePattern.exec(input.trim().replace(separators, ''))
  return match ? `+91${match[1]}` : null
}

/** Null when the input is a valid Indian mobile number, else a message for the person typing it. */
export function phoneProblem(input: string): string | null {
  if (normalizeIndianPhone(input) !== null) return null
  return 'Enter a 10-digit Indian mobile number, e.g. 98765 43210'
}
