import type { PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { readyByDay } from '@/lib/readyDate'
import { defaultTimeZone } from '@/lib/orderId'
import type { Order } from '@/payload-types'

import { siteSettingsOf } from '../siteSettings'
import { day, facts, grams, heading, pictureBytes, renderPdf, rule, snapshotImages } from './pdf'

type Item = NonNullable<Order['items']>[number]

/** Where the QR code sends a phone: the karigar's view of the order (sign-in first, then back). */
export const jobCardTarget = (origin: string, orderId: string) =>
  `${origin}/account/orders/${encodeURIComponent(orderId)}`

const attributesOf = (item: Item): [string, string][] =>
  Array.isArray(item.productSnapshot?.attributes)
    ? (item.productSnapshot.attributes as { key?: string; value?: string }[])
        .filter((a) => a?.key && a.value)
        .map((a) => [a.key!, a.value!])
    : []

/**
 * Job cards, one A5 page per order line (or just `line`, 1-based): the pictures, specifications,
 * size, quantity, due date, notes for the karigar, and a QR code that opens the order on the
 * karigar's phone. Built for the workshop: nothing about the buyer (name, phone, address, the
 * buyer's own instructions) and no price — it reads only those fields of the order.
 */
export const jobCardPdf = async (
  req: PayloadRequest,
  order: Order,
  options: { origin: string; line?: number },
): Promise<Buffer> => {
  const settings = await siteSettingsOf(req)
  const timeZone = settings.timeZone || defaultTimeZone
  const items = order.items ?? []
  const goldsmith = order.assignedGoldsmith
    ? await req.payload
        .findByID({
          collection: 'goldsmiths',
          id: order.assignedGoldsmith as number,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  // The notes staff addressed to the karigar (a rework's what-to-put-right), oldest first.
  const karigarNotes = (order.history ?? [])
    .filter((entry) => entry.noteVisibility === 'karigar' && entry.note)
    .map((entry) => `${day(entry.at, timeZone)}: ${entry.note}`)
  const qr = await QRCode.toBuffer(jobCardTarget(options.origin, order.orderId!), {
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  })
  const lines = options.line ? [options.line] : items.map((_, i) => i + 1)

  return renderPdf({ size: 'A5', title: `Job card ${order.orderId}`, margin: 28 }, async (doc) => {
    for (const [page, line] of lines.entries()) {
      const item = items[line - 1]
      if (page > 0) doc.addPage()
      const { left, right } = doc.page.margins
      const width = doc.page.width - left - right
      const qrSize = 84
      doc.image(qr, doc.page.width - right - qrSize, doc.page.margins.top, { width: qrSize })
      doc
        .font('Helvetica')
        .fontSize(6)
        .fillColor('#555')
        .text(
          'Scan to open on your phone',
          doc.page.width - right - qrSize,
          doc.page.margins.top + qrSize + 1,
          {
            width: qrSize,
            align: 'center',
          },
        )
      doc.x = left
      doc.y = doc.page.margins.top
      heading(doc, settings.siteName, 'JOB CARD', [
        `Order ${order.orderId}  ·  Line ${line} of ${items.length}`,
      ])
      doc.y = Math.max(doc.y, doc.page.margins.top + qrSize + 14)

      const pictures = (
        await Promise.all(
          snapshotImages(item)
            .slice(0, 3)
            .map((image) => pictureBytes(req, image)),
        )
      ).filter((bytes): bytes is Buffer => bytes !== null)
      if (pictures.length) {
        const size = Math.min(118, (width - 8 * (pictures.length - 1)) / pictures.length)
        const top = doc.y
        pictures.forEach((bytes, i) =>
          doc.image(bytes, left + i * (size + 8), top, { fit: [size, size], align: 'center' }),
        )
        doc.x = left
        doc.y = top + size + 8
      }

      doc
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor('#000')
        .text(item.productSnapshot?.name ?? 'Piece')
      doc.moveDown(0.3)
      doc.font('Helvetica-Bold').fontSize(11)
      doc.text(`Quantity: ${item.quantity}`, { continued: true })
      doc.text(item.size ? `     Size: ${item.size}` : '     Size: —', { continued: true })
      doc.text(`     Due: ${day(readyByDay(order.readyBy), timeZone)}`)
      doc.moveDown(0.4)
      const snapshot = item.productSnapshot
      facts(doc, [
        ['SKU', snapshot?.sku],
        ['Category', snapshot?.categoryName],
        ['Metal', [snapshot?.metal, snapshot?.purity].filter(Boolean).join(' ')],
        ['Gross weight', snapshot?.grossWeight != null ? grams(snapshot.grossWeight) : null],
        ['Net weight', snapshot?.netWeight != null ? grams(snapshot.netWeight) : null],
        ['Stone weight', snapshot?.stoneWeight != null ? grams(snapshot.stoneWeight) : null],
        ...attributesOf(item),
        ['Karigar', goldsmith?.name],
      ])
      doc.moveDown(0.5)
      rule(doc)
      doc.font('Helvetica-Bold').fontSize(9).text('Notes for the karigar')
      doc.font('Helvetica').fontSize(9)
      const notes = [item.notes, ...karigarNotes].filter(Boolean) as string[]
      if (!notes.length) doc.fillColor('#555').text('None')
      for (const note of notes) doc.fillColor('#000').text(`• ${note}`, { width })
      doc.moveDown(0.8)
      doc
        .fontSize(8)
        .fillColor('#555')
        .text('Issued weight: ____________    Received weight: ____________')
    }
  })
}
