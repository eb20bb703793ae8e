import type { LineChoices } from '@/lib/quickOrder'
import type { QuickProduct } from '@/src/queries/quickOrderViews'

/** A line of the quick order as it is being written: the piece, and the choices as typed. */
export type DraftLine = LineChoices & { key: string; product: QuickProduct }

let counter = 0

/** A new line for `product`; a piece made in one size only gets that size. */
export const draftLine = (
  product: QuickProduct,
  choices: Partial<{ quantity: number | string; size: string; notes: string }> = {},
): DraftLine => ({
  key: `line-${++counter}`,
  product,
  quantity: String(choices.quantity ?? 1),
  size: choices.size || (product.sizes.length === 1 ? product.sizes[0] : ''),
  notes: choices.notes ?? '',
})

/** "2 lines, 5 pieces". */
export const countOf = (lines: readonly DraftLine[]) => {
  const pieces = lines.reduce((sum, line) => sum + (Number(line.quantity) || 0), 0)
  return `${lines.length} ${lines.length === 1 ? 'line' : 'lines'}, ${pieces} ${pieces === 1 ? 'piece' : 'pieces'}`
}
