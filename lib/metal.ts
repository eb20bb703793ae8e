export const metals = ['gold', 'silver', 'platinum'] as const

export type Metal = (typeof metals)[number]

/** Each metal as buyers and staff read it. */
export const metalLabels: Record<Metal, string> = {
  gold: 'Gold',
  silver: 'Silver',
  platinum: 'Platinum',
}

/** Hallmark purities offered for each metal, highest first. */
export const puritiesByMetal: Record<Metal, readonly string[]> = {
  gold: ['24K', '22K', '18K', '14K'],
  silver: ['999', '925'],
  platinum: ['950'],
}

/** Every purity of every metal, without duplicates. */
export const purities: readonly string[] = [...new Set(Object.values(puritiesByMetal).flat())]

/** Narrows a string to a known metal. */
export function isMetal(value: string): value is Metal {
  return (metals as readonly string[]).includes(value)
}

// 'a, b or c' reads better in a message than a bare list.
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/** Null when `purity` is a purity of `metal`, else a message listing the valid choices. */
export function purityProblem(metal: string, purity: string): string | null {
  if (!isMetal(metal)) return `'${metal}' is not a supported metal; choose ${orList(metals)}`
  const allowed = puritiesByMetal[metal]
  if (allowed.includes(purity)) return null
  if (purity.trim() === '') return `Choose a purity for ${metal}: ${orList(allowed)}`
  return `${purity} is not a purity of ${metal}; choose ${orList(allowed)}`
}

/**
 * The `rates` global's field holding each metal and purity's rate per gram. `gold` and `silver`
 * keep meaning 24K and 999, as clients have always read them.
 */
export const rateFieldByPurity = {
  gold: { '24K': 'gold', '22K': 'gold22k', '18K': 'gold18k', '14K': 'gold14k' },
  silver: { '999': 'silver', '925': 'silver925' },
  platinum: { '950': 'platinum950' },
} as const satisfies Record<Metal, Record<string, string>>

export type RateField = {
  [M in Metal]: (typeof rateFieldByPurity)[M][keyof (typeof rateFieldByPurity)[M]]
}[Metal]

/** Every rate field with its metal and purity, in the order the ticker and the admin list them. */
export const rateFields: { field: RateField; metal: Metal; purity: string; label: string }[] =
  // In the order of puritiesByMetal: an object's numeric keys ('925', '999') iterate ascending.
  metals.flatMap((metal) =>
    puritiesByMetal[metal].map((purity) => ({
      field: (rateFieldByPurity[metal] as Record<string, RateField>)[purity],
      metal,
      purity,
      label: `${metalLabels[metal]} ${purity}`,
    })),
  )

/** The rate field of a metal and purity, or null when there is none (an unknown pair). */
export function rateFieldOf(metal: string, purity: string): RateField | null {
  if (!isMetal(metal)) return null
  const byPurity = rateFieldByPurity[metal] as Record<string, RateField>
  return byPurity[purity] ?? null
}

/** The rate per gram of a metal and purity in a `rates` document, or null when it is not set. */
export function rateOf(
  rates: Partial<Record<RateField, number | null>>,
  metal: string,
  purity: string,
): number | null {
  const field = rateFieldOf(metal, purity)
  return field ? (rates[field] ?? null) : null
}
