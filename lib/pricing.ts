/** An order's total in whole rupees: each item's frozen unit price times its quantity. */
export const orderTotal = (items: { priceAtOrder?: number | null; quantity: number }[]): number =>
  Math.round(items.reduce((sum, item) => sum + (item.priceAtOrder ?? 0) * item.quantity, 0))
