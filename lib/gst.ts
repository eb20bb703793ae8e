/**
 * GST on jewellery: one rate on the whole order for now (3 % by default, set in site settings).
 * The pricing work will later split it by component (metal, making charges, stones); callers ask
 * only for `gstOn` and `orderAmounts`, so that change stays here.
 */
export const defaultGstRate = 3
export const maxGstRate = 28

/** Null when `rate` is a GST percentage we accept (0–28, at most two decimals), else why not. */
export const gstRateProblem = (rate: unknown): string | null => {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return 'GST rate is a number, e.g. 3'
  if (rate < 0 || rate > maxGstRate) return `GST rate is a percentage from 0 to ${maxGstRate}`
  if (Math.round(rate * 100) !== rate * 100) return 'GST rate has at most two decimals, e.g. 1.5'
  return null
}

/**
 * GST in whole rupees on an amount in whole rupees, rounded half up to the rupee (as the totals
 * are shown). Worked in hundredths of a percent so 3 % of ₹12,345 is exactly ₹370.35 → ₹370.
 */
export const gstOn = (amount: number, ratePercent: number): number => {
  const basisPoints = Math.round(ratePercent * 100)
  return Math.round((Math.round(amount) * basisPoints) / 10_000)
}
