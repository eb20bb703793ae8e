import { gstOn } from './gst'
import {
  contractAmounts,
  fixedContract,
  lineBreakdown,
  type GstRates,
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

/** A piece as the products API gives its current price to those who may see it. */
export type QuotedPiece = {
  price: number
  pricing?: string | null
  /** Rate-linked pieces: the making and stone charges within `price`. */
  makingCharges?: number | null
  stoneCharges?: number | null
}

/**
 * A line at a piece's current price, contracted as placement contracts it
 * (operations/snapshotItems.ts): a rate-linked piece's making and stones taxed at their own GST
 * rates and the rest of its price (metal and round-off) at the metal's, a fixed piece all at the
 * metal's. A line's GST depends only on those three parts, so the cart's totals are the order's.
 */
export const quotedLine = (
  piece: QuotedPiece,
  quantity: number,
  gstRates: GstRates,
): PricedLine => {
  const paisa = (rupees?: number | null) => Math.round((rupees ?? 0) * 100)
  const linked = piece.pricing === 'rate_linked'
  const making = linked ? paisa(piece.makingCharges) : 0
  const stones = linked ? paisa(piece.stoneCharges) : 0
  return {
    priceAtOrder: piece.price,
    quantity,
    rateContract: {
      metalValue: (paisa(piece.price) - making - stones) / 100,
      making: making / 100,
      stones: stones / 100,
      price: piece.price,
      gstRates,
    },
  }
}

/** The rate every component is charged at, or null when they differ (no one rate to name). */
export const singleGstRate = (rates: GstRates): number | null =>
  rates.making === rates.metal && rates.stones === rates.metal ? rates.metal : null

/** An order's amounts before it is placed, with the one GST rate to name (null when several). */
export type QuotedAmounts = Omit<OrderAmounts, 'gstRate'> & { gstRate: number | null }

/**
 * The subtotal, GST and total an order of these pieces would be placed with (cart, checkout and
 * quick order), and the one GST rate to name, if there is one.
 */
export const quotedAmounts = (
  lines: { piece: QuotedPiece; quantity: number }[],
  gstRates: GstRates,
): QuotedAmounts => ({
  ...orderAmounts(
    lines.map((line) => quotedLine(line.piece, line.quantity, gstRates)),
    gstRates.metal,
  ),
  gstRate: singleGstRate(gstRates),
})
