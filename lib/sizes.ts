const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
const lengths = ['16 in', '18 in', '20 in', '22 in', '24 in']

/** Bangle sizes in the trade's order: 2.10 ("two-ten") comes after 2.8. */
export const bangleSizes = ['2.2', '2.4', '2.6', '2.8', '2.10'] as const

/**
 * The sizes a new product of a category offers until staff set its own (Indian ring sizes 8–24,
 * bangle sizes, bracelet and chain lengths). Categories not listed have no size to choose.
 */
export const standardSizesByCategory: Record<string, readonly string[]> = {
  rings: range(8, 24),
  bangles: bangleSizes,
  bracelets: ['6.5 in', '7 in', '7.5 in', '8 in'],
  chains: lengths,
  necklaces: lengths,
  mangalsutra: lengths,
}

/**
 * Null when `size` may be ordered for a piece offering `offered`, else what to choose instead.
 * A piece without sizes takes none; one with sizes needs one of exactly those.
 */
export const sizeProblem = (
  size: string | null | undefined,
  offered: readonly string[],
  name: string,
): string | null => {
  const chosen = size?.trim() || ''
  if (offered.length === 0)
    return chosen ? `${name} is made in one size; leave the size empty` : null
  if (!chosen) return `Choose a size for ${name}: ${offered.join(', ')}`
  return offered.includes(chosen) ? null : `${name} comes in ${offered.join(', ')}, not ${chosen}`
}

/**
 * The Indian ring size chart: size n has an inner circumference of about 40 + n mm (size 8 ≈ 48 mm),
 * and the inner diameter follows from it. Rounded to tenths, as jewellers quote them.
 */
export const ringSizeChart = (sizes: readonly string[] = standardSizesByCategory.rings) =>
  sizes.map((size) => {
    const circumference = 40 + Number(size)
    return {
      size,
      circumferenceMm: circumference,
      diameterMm: Math.round((circumference / Math.PI) * 10) / 10,
    }
  })

/**
 * The bangle size chart: "2.6" is 2 and 6/16 inches across the inside (2.10 is 2 and 10/16), the
 * trade's way of writing sixteenths.
 */
export const bangleSizeChart = (sizes: readonly string[] = bangleSizes) =>
  sizes.map((size) => {
    const [inches, sixteenths] = size.split('.').map(Number)
    const diameterIn = inches + sixteenths / 16
    return { size, diameterMm: Math.round(diameterIn * 25.4 * 10) / 10 }
  })
