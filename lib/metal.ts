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
