import { gstOn } from './gst'
import {
  contractAmounts,
  fixedContract,
  lineBreakdown,
  type LineBreakdown,
  type RateContract,
} from './ratePricing'

type Contract = Pick<RateContract, 'metalValue' | 'making' | 'stones' | 'price' | 'gstRates'>
type Nullable<T> = { [K in keyof T]?: T[K] | null }
type PricedLine = {
  priceAtOrder?: number | null
  quantity: number
  rateContract?:
    | (Nullable<Omit<Contract, 'gstRates'>> & { gstRates?: Nullable<Contract['gstRates']> | null })
    | null
}

/** A line's contract when it has a complete one (orders placed since rate contracts). */
const contractOf = (line: PricedLine): Contract | null => {
  const c = line.rateContract
  if (c?.price == null || c.metalValue == null || c.gstRates?.metal == null) return null
  return {
    metalValue: c.metalValue,
    making: c.making ?? 0,
    stones: c.stones ?? 0,
    price: c.price,
    gstRates: {
      metal: c.gstRates.metal,
      making: c.gstRates.making ?? c.gstRates.metal,
      stones: c.gstRates.stones ?? c.gstRates.metal,
    },
  }
}

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
 * The subtotal, GST and total of some priced lines, all in whole rupees, so that subtotal + GST is
 * exactly the total wherever they are shown (cart, checkout, order). Lines with a rate contract
 * are taxed per component at its rates (lib/ratePricing.ts); otherwise all at `gstRate` percent.
 */
export const orderAmounts = (items: PricedLine[], gstRate: number): OrderAmounts => {
  const contracts = items.map(contractOf)
  if (items.length && contracts.every(Boolean))
    return {
      ...contractAmounts(
        items.map((item, i) => ({ contract: contracts[i]!, quantity: item.quantity })),
      ),
      gstRate,
    }
  const subtotal = orderSubtotal(items)
  const gst = gstOn(subtotal, gstRate)
  return { subtotal, gstRate, gst, total: subtotal + gst }
}

/**
 * A line as the tax invoice shows it (lib/ratePricing.ts `lineBreakdown`): from its rate contract,
 * or, for a line placed before contracts, its fixed price all as metal value at the order's rate.
 */
export const lineBreakdownOf = (line: PricedLine, gstRate: number): LineBreakdown =>
  lineBreakdown(
    contractOf(line) ??
      fixedContract(line.priceAtOrder ?? 0, { metal: gstRate, making: gstRate, stones: gstRate }),
    line.quantity,
  )
