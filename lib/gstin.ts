const charset = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

const gstinPattern = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

// 97 (other territory) and 99 (centre jurisdiction) are special codes GSTN issues besides states.
const specialStateCodes = new Set([97, 99])

/** Trims and upper-cases a GSTIN as typed. */
export function normalizeGstin(input: string): string {
  return input.trim().toUpperCase()
}

/** Computes the GSTN mod-36 check character for the first 14 characters of a GSTIN. */
export function gstinCheckDigit(first14: string): string {
  const base = normalizeGstin(first14)
  if (!/^[0-9A-Z]{14}$/.test(base)) {
    throw new RangeError('gstinCheckDigit needs exactly 14 characters from 0-9 and A-Z')
  }
  let sum = 0
  for (let i = 0; i < 14; i++) {
    const product = charset.indexOf(base[i]!) * (i % 2 === 0 ? 1 : 2)
    sum += Math.floor(product / 36) + (product % 36)
  }
  return charset[(36 - (sum % 36)) % 36]!
}

/** Null when the input is a valid GSTIN (format, state code and check digit), else a message. */
export function gstinProblem(input: string): string | null {
  const gstin = normalizeGstin(input)
  if (gstin === '') return 'Enter a GSTIN'
  if (gstin.length !== 15) return `GSTIN must be 15 characters; this one has ${gstin.length}`
  if (!gstinPattern.test(gstin)) {
    return 'GSTIN format is not valid; it should look like 27AAPFU0939F1ZV'
  }
  const state = Number(gstin.slice(0, 2))
  if (!(state >= 1 && state <= 38) && !specialStateCodes.has(state)) {
    return `GSTIN state code ${gstin.slice(0, 2)} is not a valid Indian state code`
  }
  if (gstinCheckDigit(gstin.slice(0, 14)) !== gstin[14]) {
    return 'GSTIN check digit does not match; please re-check the number'
  }
  return null
}
