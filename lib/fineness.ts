import { isMetal, puritiesByMetal, type Metal } from './metal'

/**
 * Pure metal per thousand parts of alloy, per hallmark purity (BIS): what a gram of each purity is
 * worth in fine metal. Kept in thousandths so that sums stay whole numbers.
 */
export const finenessPerMille: Record<string, number> = {
  '24K': 999,
  '22K': 916,
  '18K': 750,
  '14K': 585,
  '999': 999,
  '925': 925,
  '950': 950,
}

/** The fineness of a purity as a fraction (22K → 0.916); null for an unknown purity. */
export const fineness = (purity: string): number | null =>
  purity in finenessPerMille ? finenessPerMille[purity] / 1000 : null

/** The metal a purity belongs to (purities are distinct across metals); null when unknown. */
export const metalOfPurity = (purity: string): Metal | null => {
  for (const [metal, list] of Object.entries(puritiesByMetal))
    if (list.includes(purity) && isMetal(metal)) return metal
  return null
}

/**
 * Milligrams of fine metal in `alloyMg` milligrams of `purity`, rounded once to the milligram
 * (half away from zero, so a reversal is the exact negative of what it reverses).
 */
export const fineMg = (alloyMg: number, purity: string): number => {
  const perMille = finenessPerMille[purity]
  if (perMille === undefined) throw new Error(`Unknown purity ${purity}`)
  const exact = alloyMg * perMille
  return Math.sign(exact) * Math.round(Math.abs(exact) / 1000)
}
