export type WeightField = 'grossWeight' | 'netWeight' | 'stoneWeight'

export type WeightProblem = { field: WeightField; message: string }

export type Weights = {
  grossWeight?: number | null
  netWeight?: number | null
  stoneWeight?: number | null
}

export const maxWeightGrams = 10000

// Net + stone may exceed gross by up to one milligram, the scale's resolution.
const sumToleranceMg = 1

const labels: Record<WeightField, string> = {
  grossWeight: 'Gross weight',
  netWeight: 'Net weight',
  stoneWeight: 'Stone weight',
}

const toMg = (grams: number): number => Math.round(grams * 1000)

// Compare in milligrams with a small epsilon because 1.001 * 1000 is 1000.9999999999999.
function hasAtMostThreeDecimals(grams: number): boolean {
  return Math.abs(grams * 1000 - toMg(grams)) < 1e-6
}

function fieldProblem(field: WeightField, value: number): string | null {
  const label = labels[field]
  if (!Number.isFinite(value)) return `${label} must be a number of grams`
  if (value < 0) return `${label} cannot be negative`
  if (value > maxWeightGrams) return `${label} must be at most ${maxWeightGrams} g`
  if (!hasAtMostThreeDecimals(value)) return `${label} can have at most 3 decimal places`
  return null
}

// Rounding keeps float noise such as 3.3000000000000003 out of messages.
const grams = (n: number): string => `${toMg(n) / 1000} g`

/** Problems with a piece's gross, net and stone weights (grams); empty when they are consistent. */
export function weightProblems(w: Weights): WeightProblem[] {
  const problems: WeightProblem[] = []
  const valid: Partial<Record<WeightField, number>> = {}
  for (const field of ['grossWeight', 'netWeight', 'stoneWeight'] as const) {
    const value = w[field]
    if (value === undefined || value === null) continue
    const message = fieldProblem(field, value)
    if (message) problems.push({ field, message })
    else valid[field] = value
  }

  const { grossWeight: gross, netWeight: net, stoneWeight: stone } = valid
  if (gross === undefined) return problems
  let withinGross = true
  if (net !== undefined && net > gross) {
    withinGross = false
    problems.push({
      field: 'netWeight',
      message: `Net weight (${grams(net)}) cannot exceed gross weight (${grams(gross)})`,
    })
  }
  if (stone !== undefined && stone > gross) {
    withinGross = false
    problems.push({
      field: 'stoneWeight',
      message: `Stone weight (${grams(stone)}) cannot exceed gross weight (${grams(gross)})`,
    })
  }
  // Only report the sum when each part fits on its own, so one mistake gives one message.
  if (withinGross && net !== undefined && stone !== undefined) {
    const total = net + stone
    // Whole milligrams are exact, so the tolerance edge does not depend on float rounding.
    if (toMg(total) > toMg(gross) + sumToleranceMg) {
      const message = `Net weight plus stone weight (${grams(total)}) cannot exceed gross weight`
      problems.push({ field: 'stoneWeight', message: `${message} (${grams(gross)})` })
    }
  }
  return problems
}
