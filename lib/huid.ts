/**
 * Hallmark unique IDs (HUID): the 6-character code BIS assigns to each hallmarked piece, entered
 * by staff at dispatch, one per piece (a line of quantity 3 is three pieces).
 */
export const huidLength = 6

const huidPattern = /^[0-9A-Z]{6}$/

/** Trims and upper-cases a HUID as typed; inner spaces are a typo, not part of the code. */
export const normalizeHuid = (input: string): string => input.replace(/\s+/g, '').toUpperCase()

/** Null when `input` is a HUID once normalised (6 letters or digits), else a message saying why. */
export const huidProblem = (input: string): string | null => {
  const huid = normalizeHuid(input)
  if (huid === '') return 'Enter the HUID'
  if (huid.length !== huidLength)
    return `A HUID has ${huidLength} letters or digits; ${huid} has ${huid.length}`
  if (!huidPattern.test(huid)) return `A HUID has only letters A–Z and digits; ${huid} has others`
  return null
}

/**
 * Metals whose pieces must carry a HUID before they leave: gold, whose hallmarking with a HUID is
 * mandatory in India. Silver and platinum hallmarks are voluntary: staff may enter their HUIDs,
 * which are then checked the same way, but dispatch does not wait for them.
 */
export const huidRequiredMetals: readonly string[] = ['gold']

/** Whether a piece of `metal` may not be dispatched without its HUID. */
export const requiresHuid = (metal: string | null | undefined): boolean =>
  huidRequiredMetals.includes(String(metal ?? '').toLowerCase())

type Line = { id: string; quantity: number; metal?: string | null }
type Entry = { item: string; huids: readonly string[] }

/**
 * The HUIDs a dispatch carries, checked against the order's lines: one per piece for each line
 * that needs them (or that staff chose to mark), each well formed, none twice in the request.
 * @returns the normalised HUIDs per line id, or the first problem with the field it concerns
 */
export const dispatchHuidsProblem = (
  lines: readonly Line[],
  entries: readonly Entry[],
): { ok: true; byLine: Map<string, string[]> } | { ok: false; field: string; message: string } => {
  const byLine = new Map<string, string[]>()
  const seen = new Set<string>()
  for (const [index, entry] of entries.entries()) {
    const line = lines.find((l) => l.id === entry.item)
    if (!line)
      return { ok: false, field: `huids.${index}.item`, message: 'No such line in this order' }
    if (byLine.has(line.id))
      return { ok: false, field: `huids.${index}.item`, message: 'This line is listed twice' }
    if (entry.huids.length !== line.quantity)
      return {
        ok: false,
        field: `huids.${index}.huids`,
        message: `This line has ${line.quantity} ${line.quantity === 1 ? 'piece' : 'pieces'}: give one HUID each (${entry.huids.length} given)`,
      }
    const huids: string[] = []
    for (const [piece, raw] of entry.huids.entries()) {
      const field = `huids.${index}.huids.${piece}`
      const problem = huidProblem(raw)
      if (problem) return { ok: false, field, message: problem }
      const huid = normalizeHuid(raw)
      if (seen.has(huid)) return { ok: false, field, message: `${huid} is given twice` }
      seen.add(huid)
      huids.push(huid)
    }
    byLine.set(line.id, huids)
  }
  const missing = lines.findIndex((l) => requiresHuid(l.metal) && !byLine.has(l.id))
  if (missing >= 0)
    return {
      ok: false,
      field: 'huids',
      message: `Line ${missing + 1} is ${lines[missing].metal}: give each piece's HUID to dispatch it`,
    }
  return { ok: true, byLine }
}
