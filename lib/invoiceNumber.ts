/**
 * Tax invoice numbers: one gap-free series per financial year (April to March, in the business's
 * time zone), written `INV/26-27/0001`. GST rules allow at most 16 characters of letters, digits,
 * `/` and `-`, unique within the financial year; this format stays within them and grows past
 * 9,999 a year (`INV/26-27/10000`: 15).
 */

/** The financial year a calendar day (`YYYY-MM-DD`) falls in, written `2026-27`. */
export const financialYearOf = (day: string): string => {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(day)
  if (!match) throw new RangeError(`Expected a day written YYYY-MM-DD, got ${day}`)
  const year = Number(match[1])
  const start = Number(match[2]) >= 4 ? year : year - 1
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`
}

/** The counter (operations/nextSequence.ts) that numbers one financial year's invoices. */
export const invoiceCounterName = (financialYear: string): string => `invoice:${financialYear}`

/** The invoice number of the `sequence`-th invoice of `financialYear` (`2026-27`): `INV/26-27/0001`. */
export const formatInvoiceNumber = (financialYear: string, sequence: number): string => {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`An invoice sequence starts at 1, got ${sequence}`)
  return `INV/${financialYear.slice(2)}/${String(sequence).padStart(4, '0')}`
}

/** The financial year and sequence of an invoice number, or null when it is not one. */
export const parseInvoiceNumber = (
  number: string,
): { financialYear: string; sequence: number } | null => {
  const match = /^INV\/(\d{2})-(\d{2})\/(\d{4,})$/.exec(number)
  return match ? { financialYear: `20${match[1]}-${match[2]}`, sequence: Number(match[3]) } : null
}

/** HSN code of articles of jewellery of precious metal, printed on every line of the invoice. */
export const jewelleryHsn = '7113'
