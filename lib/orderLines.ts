/** How many lines an order may have, and how many of one piece a line (the cart and the server). */
export const maxItemsPerOrder = 50
export const maxQuantityPerItem = 100
/** The longest note a line may carry for the karigar. */
export const maxNotesLength = 500

/**
 * How an order reads in a list: its first line with its quantity, then how many further lines.
 * "Antique Nakshi Kada × 2", "Antique Nakshi Kada × 2 and 1 more": a quantity is never a line.
 */
export const orderLinesSummary = (lines: readonly { name: string; quantity: number }[]): string => {
  const [first, ...rest] = lines
  if (!first) return ''
  const head = first.quantity > 1 ? `${first.name} × ${first.quantity}` : first.name
  return rest.length ? `${head} and ${rest.length} more` : head
}
