import type { PayloadRequest } from 'payload'

import { defaultTimeZone } from '@/lib/orderId'
import type { Order } from '@/payload-types'

import { siteSettingsOf } from '../siteSettings'
import { amount, day, facts, grams, heading, renderPdf, table, type Column } from './pdf'

/**
 * The delivery note of a dispatched order: who it goes to, and every piece on its own row with its
 * hallmark unique ID. Prices (unit price per piece) only on a vendor's order; a customer's note
 * carries none, as customers see no prices anywhere.
 */
export const deliveryNotePdf = async (req: PayloadRequest, order: Order): Promise<Buffer> => {
  const settings = await siteSettingsOf(req)
  const timeZone = settings.timeZone || defaultTimeZone
  const { docs: hallmarks } = await req.payload.find({
    collection: 'hallmarks',
    where: { order: { equals: order.id } },
    limit: 0,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const huidOf = (item: string, piece: number) =>
    hallmarks.find((h) => h.item === item && h.piece === piece)?.huid ?? '—'
  const priced = order.placedBy?.relationTo === 'vendors'
  const delivery = order.customerSnapshot

  const columns: Column[] = [
    { header: '#', width: 22 },
    { header: 'Piece', width: priced ? 170 : 220 },
    { header: 'Metal', width: 70 },
    { header: 'Net wt', width: 60, align: 'right' },
    { header: 'Size', width: 40 },
    { header: 'HUID', width: 70 },
    ...(priced ? [{ header: 'Unit price (Rs.)', width: 90, align: 'right' as const }] : []),
  ]
  const rows: string[][] = []
  for (const item of order.items ?? []) {
    const snapshot = item.productSnapshot
    for (let piece = 1; piece <= item.quantity; piece++)
      rows.push([
        String(rows.length + 1),
        `${snapshot?.name ?? 'Piece'}${snapshot?.sku ? `\nSKU ${snapshot.sku}` : ''}`,
        [snapshot?.metal, snapshot?.purity].filter(Boolean).join(' '),
        grams(snapshot?.netWeight),
        item.size ?? '',
        huidOf(String(item.id), piece),
        ...(priced ? [item.priceAtOrder != null ? amount(item.priceAtOrder) : ''] : []),
      ])
  }

  return renderPdf({ size: 'A4', title: `Delivery note ${order.orderId}` }, (doc) => {
    heading(doc, settings.siteName, 'DELIVERY NOTE', [
      `Order ${order.orderId}  ·  Dispatched ${day(order.dispatchedAt, timeZone)}`,
      ...(settings.invoiceDetails?.address || settings.contact?.address
        ? [`From: ${settings.invoiceDetails?.address || settings.contact?.address}`]
        : []),
    ])
    doc.font('Helvetica-Bold').fontSize(10).text('Deliver to')
    doc.font('Helvetica').fontSize(10)
    for (const line of [
      delivery?.recipientName || delivery?.name,
      delivery?.address,
      delivery?.pincode,
      delivery?.phone,
    ].filter(Boolean))
      doc.text(String(line))
    doc.moveDown(0.8)
    table(doc, columns, rows, 9)
    facts(doc, [['Pieces', rows.length]])
    doc.moveDown(3)
    doc.fontSize(9).text('Received in good condition: ______________________    Date: ____________')
  })
}
