import { gstOn } from './gst'

type PricedLine = { priceAtOrder?: number | null; quantity: number }

/** A line's amount: its unit price times its quantity. */
export const lineAmount = (unitPrice: number, quantity: number): number => unitPrice * quantity

/** An order's subtotal in whole rupees: each item's unit price times its quantity, rounded once. */
export const orderSubtotal = (items: PricedLine[]): number =>
  Math.round(
    items.reduce((sum, item) => sum + lineAmount(item.priceAtOrder ?? 0, item.quantity), 0),
  )

/** What an order commits to: the subtotal, the GST rate applied, the GST, and their total. */
export type OrderAmounts = { subtotal: number; gstRate: number; gst: number; total: number }

/**
 * The subtotal, GST and total of some priced lines at `gstRate` percent, all in whole rupees, so
 * that subtotal + GST is exactly the total wherever they are shown (cart, checkout, order).
 */
export const orderAmounts = (items: PricedLine[], gstRate: number): OrderAmounts => {
  const subtotal = orderSubtotal(items)
  const gst = gstOn(subtotal, gstRate)
  return { subtotal, gstRate, gst, total: subtotal + gst }
}
