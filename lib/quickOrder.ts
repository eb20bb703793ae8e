import { parseCsv } from './csv'
import { maxItemsPerOrder, maxNotesLength, maxQuantityPerItem } from './orderLines'
import { sizeProblem } from './sizes'

/**
 * The product fields a quick order reads, whoever asks: the typeahead, the SKU lookup and "order
 * again" all select these. `price` comes back only where field access lets it (approved vendors).
 */
export const quickOrderProductFields = [
  'name',
  'sku',
  'slug',
  'status',
  'sizes',
  'grossWeight',
  'netWeight',
  'images',
  'price',
  // A rate-linked piece's parts of its price, taxed at their own GST rates (lib/pricing.ts).
  'pricing',
  'makingCharges',
  'stoneCharges',
] as const

/** What a quick-order line is checked against: the piece's name and the sizes it is made in. */
export type Orderable = { sku: string; name: string; sizes: readonly string[] }

/** A line's choices as typed, before they are checked. */
export type LineChoices = { quantity: string; size: string; notes: string }

/** A line ready for `POST /api/orders`. */
export type CheckedLine<P> = { product: P; quantity: number; size: string; notes: string }

/** One reason a line cannot be ordered, and the choice it is about. */
export type ChoiceProblem = { choice: keyof LineChoices; message: string }

/** Why a line cannot be ordered as it stands, choice by choice: empty when it can. */
export const choiceProblems = (choices: LineChoices, product: Orderable): ChoiceProblem[] => {
  const problems: ChoiceProblem[] = []
  const quantity = choices.quantity.trim()
  const count = Number(quantity)
  if (!/^\d+$/.test(quantity) || count < 1 || count > maxQuantityPerItem)
    problems.push({
      choice: 'quantity',
      message: quantity
        ? `Quantity “${quantity}” is not a whole number from 1 to ${maxQuantityPerItem}`
        : `No quantity: give a whole number from 1 to ${maxQuantityPerItem}`,
    })
  const size = sizeProblem(choices.size, product.sizes, product.name)
  if (size) problems.push({ choice: 'size', message: size })
  if (choices.notes.trim().length > maxNotesLength)
    problems.push({ choice: 'notes', message: `Notes are at most ${maxNotesLength} characters` })
  return problems
}

/** Why a line cannot be ordered as it stands: empty when it can. */
export const lineProblems = (choices: LineChoices, product: Orderable): string[] =>
  choiceProblems(choices, product).map((problem) => problem.message)

/** A line of a pasted or uploaded CSV: its line number and its four fields as written. */
export type CsvOrderLine = LineChoices & { line: number; sku: string }

/** One bad line: its number, its SKU as written, and every reason it cannot be ordered. */
export type LineProblem = { line: number; sku: string; problems: string[] }

const columns = 'sku,quantity,size,notes'

/**
 * The lines of an order CSV (`sku,quantity,size,notes`, a header row optional). Refuses the whole
 * text when it cannot be read, holds no line, or holds more lines than one order may; otherwise
 * each line with more than four fields is named (an unquoted comma in the notes, usually).
 */
export const readOrderCsv = (
  text: string,
):
  { ok: true; lines: CsvOrderLine[]; problems: LineProblem[] } | { ok: false; message: string } => {
  const parsed = parseCsv(text)
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}: ${parsed.message}.` }
  const records = parsed.records
  if (records[0]?.fields[0]?.trim().toLowerCase() === 'sku') records.shift()
  if (records.length === 0)
    return { ok: false, message: `No lines to order: give one line per piece as ${columns}.` }
  if (records.length > maxItemsPerOrder)
    return {
      ok: false,
      message: `One order holds at most ${maxItemsPerOrder} lines and this has ${records.length}. Split them into orders of ${maxItemsPerOrder} lines or fewer.`,
    }
  const lines: CsvOrderLine[] = []
  const problems: LineProblem[] = []
  for (const { line, fields } of records) {
    const [sku = '', quantity = '', size = '', notes = ''] = fields.map((field) => field.trim())
    if (fields.length > 4)
      problems.push({
        line,
        sku,
        problems: [
          `${fields.length} fields where ${columns} are 4: put notes that hold a comma in double quotes`,
        ],
      })
    else lines.push({ line, sku, quantity, size, notes })
  }
  return { ok: true, lines, problems }
}

/** The distinct SKUs a set of lines names, to look up in one request. */
export const skusOf = (lines: readonly { sku: string }[]): string[] => [
  ...new Set(lines.map((line) => line.sku.trim()).filter(Boolean)),
]

/**
 * What a lookup of typed SKUs asks the database for: each as typed and in capitals, since the
 * trade writes design numbers in either case and the catalogue keeps them as staff entered them.
 */
export const skuVariants = (skus: readonly string[]): string[] => [
  ...new Set(skus.flatMap((sku) => [sku, sku.toUpperCase()])),
]

const sameSku = (a: string, b: string) => a.toUpperCase() === b.toUpperCase()

/** The piece a typed SKU names: an exact match first, else one that differs only in case. */
export const findBySku = <P extends { sku: string }>(
  products: readonly P[],
  sku: string,
): P | undefined =>
  products.find((product) => product.sku === sku) ??
  products.find((product) => sameSku(product.sku, sku))

/**
 * Checks every CSV line against what the lookup found (published pieces, and SKUs that exist but
 * are not published): an unknown or unpublished SKU, a bad quantity, a size the piece is not made
 * in, overlong notes. All or nothing: the checked lines only when every line is good, otherwise
 * each bad line with its reasons, in line order.
 */
export const checkOrderLines = <P extends Orderable>(
  lines: readonly CsvOrderLine[],
  found: { products: readonly P[]; unpublished: readonly string[] },
  earlier: readonly LineProblem[] = [],
): { ok: true; lines: CheckedLine<P>[] } | { ok: false; problems: LineProblem[] } => {
  const checked: CheckedLine<P>[] = []
  const problems = [...earlier]
  for (const line of lines) {
    const product = line.sku ? findBySku(found.products, line.sku) : undefined
    let reasons: string[]
    if (!line.sku) reasons = ['No SKU']
    else if (product) reasons = lineProblems(line, product)
    else if (found.unpublished.some((sku) => sameSku(sku, line.sku)))
      reasons = [`${line.sku} is not published, so it cannot be ordered`]
    else reasons = [`Unknown SKU “${line.sku}”`]
    if (reasons.length) problems.push({ line: line.line, sku: line.sku, problems: reasons })
    else if (product)
      checked.push({
        product,
        quantity: Number(line.quantity),
        size: line.size,
        notes: line.notes,
      })
  }
  return problems.length
    ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) }
    : { ok: true, lines: checked }
}

/** A line of a past order as "order again" reads it: the product's id and the snapshot's name. */
export type PastLine = {
  product: unknown
  name: string
  sku: string
  quantity: number
  size: string
  notes: string
}

/**
 * "Order again": a past order's lines with the pieces that can still be ordered (`available`,
 * found by id), and the ones that cannot (no longer published, or gone), named and left out.
 */
export const reorderLines = <P extends { id: unknown }>(
  past: readonly PastLine[],
  available: readonly P[],
): {
  lines: { product: P; quantity: number; size: string; notes: string }[]
  leftOut: { name: string; sku: string }[]
} => {
  const lines: { product: P; quantity: number; size: string; notes: string }[] = []
  const leftOut: { name: string; sku: string }[] = []
  for (const line of past) {
    const product = available.find((p) => String(p.id) === String(line.product))
    if (product)
      lines.push({ product, quantity: line.quantity, size: line.size, notes: line.notes })
    else leftOut.push({ name: line.name, sku: line.sku })
  }
  return { lines, leftOut }
}
