import type { PayloadRequest } from 'payload'

import { invoiceTotals } from '@/lib/invoiceLines'
import { jewelleryHsn } from '@/lib/invoiceNumber'
import { defaultTimeZone } from '@/lib/orderId'
import { lineBreakdownOf } from '@/lib/pricing'
import type { Invoice, Order } from '@/payload-types'

import { siteSettingsOf } from '../siteSettings'
import { amount, day, facts, heading, money, renderPdf, rule, table, type Column } from './pdf'

/** Each line of the order as the invoice prints it: its frozen rate contract (lib/pricing.ts). */
export const invoiceLinesOf = (order: Order) =>
  (order.items ?? []).map((item) => lineBreakdownOf(item, order.gstRate ?? 0))

/** The one GST rate of every component of every line, or null when they differ. */
const oneGstRate = (order: Order): number | null => {
  const rates = new Set(
    (order.items ?? []).flatMap((item) => {
      const r = item.rateContract?.gstRates
      return r?.metal == null
        ? [order.gstRate ?? 0]
        : [r.metal, r.making ?? r.metal, r.stones ?? r.metal]
    }),
  )
  return rates.size === 1 ? [...rates][0] : null
}

/** The invoice of an order, if one was issued at its dispatch. */
export const invoiceOf = async (req: PayloadRequest, order: Order): Promise<Invoice | null> => {
  const { docs } = await req.payload.find({
    collection: 'invoices',
    where: { order: { equals: order.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * The GST tax invoice of a vendor's dispatched order: its number and date, seller and buyer with
 * their GSTINs as frozen at issue, per line HSN 7113, metal value, making, stones, taxable value
 * and GST, then the totals (CGST + SGST within one state, IGST between states) rounded once to the
 * rupee the order charged.
 */
export const invoicePdf = async (
  req: PayloadRequest,
  order: Order,
  invoice: Invoice,
): Promise<Buffer> => {
  const settings = await siteSettingsOf(req)
  const timeZone = settings.timeZone || defaultTimeZone
  const lines = invoiceLinesOf(order)
  const totals = invoiceTotals(
    lines,
    invoice.seller?.gstin ?? '',
    invoice.buyer?.gstin,
    order.totalAmount ?? 0,
  )
  // Named in the headings only when every component is taxed alike.
  const rate = oneGstRate(order)
  const percent = (share: number) => (rate === null ? '' : ` ${rate * share}%`)
  const columns: Column[] = [
    { header: '#', width: 18 },
    { header: 'Description', width: 120 },
    { header: 'HSN', width: 32 },
    { header: 'Qty', width: 26, align: 'right' },
    { header: 'Metal value', width: 62, align: 'right' },
    { header: 'Making', width: 48, align: 'right' },
    { header: 'Stones', width: 46, align: 'right' },
    { header: 'Taxable value', width: 62, align: 'right' },
    { header: `GST${percent(1)}`, width: 50, align: 'right' },
    { header: 'Total', width: 60, align: 'right' },
  ]
  const rows = (order.items ?? []).map((item, i) => {
    const line = lines[i]
    const snapshot = item.productSnapshot
    return [
      String(i + 1),
      `${snapshot?.name ?? 'Piece'}\n${[snapshot?.metal, snapshot?.purity].filter(Boolean).join(' ')}${snapshot?.sku ? ` · SKU ${snapshot.sku}` : ''}`,
      jewelleryHsn,
      String(item.quantity),
      amount(line.metalValue + line.roundOff),
      amount(line.making),
      amount(line.stones),
      amount(line.taxable),
      amount(line.gst),
      amount(line.total),
    ]
  })

  return renderPdf({ size: 'A4', title: `Tax invoice ${invoice.number}` }, (doc) => {
    const { left } = doc.page.margins
    heading(doc, invoice.seller?.name ?? settings.siteName, 'TAX INVOICE', [
      `Invoice ${invoice.number}  ·  ${day(invoice.issuedAt, timeZone)}  ·  Order ${order.orderId}`,
    ])
    const top = doc.y
    const party = (label: string, x: number, p: Invoice['seller']) => {
      doc.x = x
      doc.y = top
      doc.font('Helvetica-Bold').fontSize(9).text(label, x, top, { width: 250 })
      doc.font('Helvetica').fontSize(9)
      for (const line of [p?.name, p?.address].filter(Boolean))
        doc.text(String(line), { width: 250 })
      doc.text(`GSTIN: ${p?.gstin || 'unregistered'}`, { width: 250 })
      return doc.y
    }
    const bottom = Math.max(
      party('Supplier', left, invoice.seller),
      party('Recipient', left + 270, invoice.buyer),
    )
    doc.x = left
    doc.y = bottom + 10
    table(doc, columns, rows)
    const split: [string, string][] =
      totals.split.kind === 'intra'
        ? [
            [`CGST${percent(0.5)}`, money(totals.split.cgst)],
            [`SGST${percent(0.5)}`, money(totals.split.sgst)],
          ]
        : [[`IGST${percent(1)}`, money(totals.split.igst)]]
    const summary: [string, string][] = [
      ['Taxable value', money(totals.taxable)],
      ...split,
      ['Round off', money(totals.roundOff)],
    ]
    doc.font('Helvetica').fontSize(9)
    for (const [label, value] of summary)
      doc.text(`${label}   ${value}`, left, doc.y, { width: 524, align: 'right' })
    doc.moveDown(0.3)
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`Invoice total   ${money(totals.payable)}`, left, doc.y, {
        width: 524,
        align: 'right',
      })
    doc.moveDown(1)
    rule(doc)
    facts(doc, [
      [
        'Place of supply',
        invoice.buyer?.gstin ? `State code ${invoice.buyer.gstin.slice(0, 2)}` : null,
      ],
      ['Tax on reverse charge', 'No'],
    ])
  })
}
