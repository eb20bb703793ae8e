/**
 * The money on a tax invoice, worked in paisa (integers) and shown in rupees with two decimals.
 *
 * Temporary: until the rate-linked pricing lands, every line is priced `fixed` (the piece's
 * `priceAtOrder` is all metal value) and GST is the order's one rate. `lineBreakdown` has the
 * signature lib/ratePricing.ts exports, so the invoice switches to it by changing one import.
 */
export type FixedContract = { pricing: 'fixed'; price: number; gstRate: number }

export type LineBreakdown = {
  metalValue: number
  making: number
  stones: number
  taxable: number
  gst: number
  total: number
}

const paisa = (rupees: number) => Math.round(rupees * 100)
const rupees = (paise: number) => paise / 100

/** GST in paisa on an amount in paisa at a percentage with at most two decimals, half up. */
const gstPaisa = (amount: number, ratePercent: number) =>
  Math.round((amount * Math.round(ratePercent * 100)) / 10_000)

/** A line of `quantity` pieces as the invoice prints it: its parts, taxable value, GST and total. */
export const lineBreakdown = (contract: FixedContract, quantity: number): LineBreakdown => {
  const taxable = paisa(contract.price) * quantity
  const gst = gstPaisa(taxable, contract.gstRate)
  return {
    metalValue: rupees(taxable),
    making: 0,
    stones: 0,
    taxable: rupees(taxable),
    gst: rupees(gst),
    total: rupees(taxable + gst),
  }
}

/** How the GST is split: CGST + SGST within one state, IGST between states. */
export type TaxSplit =
  { kind: 'intra'; cgst: number; sgst: number } | { kind: 'inter'; igst: number }

/**
 * The invoice's totals from its lines: taxable value, GST (split by where supplier and buyer are
 * registered: the first two digits of a GSTIN are its state), the round-off to the rupee, and the
 * amount payable in whole rupees, which is what the order's `totalAmount` says.
 */
export const invoiceTotals = (
  lines: readonly LineBreakdown[],
  supplierGstin: string,
  buyerGstin: string | null | undefined,
) => {
  const taxable = lines.reduce((sum, l) => sum + paisa(l.taxable), 0)
  const gst = lines.reduce((sum, l) => sum + paisa(l.gst), 0)
  const exact = taxable + gst
  const payable = Math.round(exact / 100) * 100
  const sameState = !!buyerGstin && supplierGstin.slice(0, 2) === buyerGstin.slice(0, 2)
  const cgst = Math.floor(gst / 2)
  const split: TaxSplit = sameState
    ? { kind: 'intra', cgst: rupees(cgst), sgst: rupees(gst - cgst) }
    : { kind: 'inter', igst: rupees(gst) }
  return {
    taxable: rupees(taxable),
    gst: rupees(gst),
    split,
    roundOff: rupees(payable - exact),
    payable: rupees(payable),
  }
}
