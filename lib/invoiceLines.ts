/**
 * The totals of a tax invoice, worked in paisa (integers) and shown in rupees with two decimals.
 * Its lines are lib/ratePricing.ts's `lineBreakdown` of each order line's frozen rate contract.
 */
import type { LineBreakdown } from './ratePricing'

const paisa = (rupees: number) => Math.round(rupees * 100)
const rupees = (paise: number) => paise / 100

/** How the GST is split: CGST + SGST within one state, IGST between states. */
export type TaxSplit =
  { kind: 'intra'; cgst: number; sgst: number } | { kind: 'inter'; igst: number }

/**
 * The invoice's totals from its lines: taxable value, GST (split by where supplier and buyer are
 * registered: the first two digits of a GSTIN are its state), and the round-off that brings them
 * to the amount payable: the order's `totalAmount` in whole rupees, so the two always agree (the
 * order rounds its exact GST once; the lines show theirs to the paisa).
 */
export const invoiceTotals = (
  lines: readonly Pick<LineBreakdown, 'taxable' | 'gst'>[],
  supplierGstin: string,
  buyerGstin: string | null | undefined,
  payableRupees: number,
) => {
  const taxable = lines.reduce((sum, l) => sum + paisa(l.taxable), 0)
  const gst = lines.reduce((sum, l) => sum + paisa(l.gst), 0)
  const exact = taxable + gst
  const payable = Math.round(payableRupees) * 100
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
