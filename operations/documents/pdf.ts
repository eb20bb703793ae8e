import fs from 'fs/promises'
import path from 'path'
import type { PayloadRequest } from 'payload'
import PDFDocument from 'pdfkit'
import sharp from 'sharp'

import { orderForChange, type OrderNotReachable } from '../orderForChange'
import type { Order } from '@/payload-types'

/**
 * What every document of an order shares: a pdfkit document collected into one buffer, the few
 * formats they print, a table, and the order's pictures as pdfkit takes them. Standard PDF fonts
 * only (Helvetica, no file to ship), which have no ₹ sign: money is written `Rs. 1,23,456.00`.
 */
export type Pdf = InstanceType<typeof PDFDocument>

/** Builds a PDF with `draw` and returns its bytes. */
export const renderPdf = async (
  options: { size: 'A4' | 'A5'; title: string; margin?: number },
  draw: (doc: Pdf) => Promise<void> | void,
): Promise<Buffer> => {
  const doc = new PDFDocument({
    size: options.size,
    margin: options.margin ?? 36,
    info: { Title: options.title, Producer: 'jewel-catalogue', Creator: 'jewel-catalogue' },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  await draw(doc)
  doc.end()
  return done
}

const inr = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Rupees with paisa, Indian digit grouping: `Rs. 1,23,456.70`. */
export const money = (rupees: number) => `Rs. ${inr.format(rupees)}`

/** Rupees without the sign, for a table's columns. */
export const amount = (rupees: number) => inr.format(rupees)

/** Grams to three decimals, as the scale reads. */
export const grams = (value: number | null | undefined) =>
  value == null ? '—' : `${value.toFixed(3)} g`

/** A calendar day (`YYYY-MM-DD` or an ISO instant) in the business's zone: `1 Dec 2026`. */
export const day = (value: string | null | undefined, timeZone: string) =>
  value
    ? new Intl.DateTimeFormat('en-IN', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone,
      }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value))
    : '—'

/** The shop's name in small capitals above the document's title, and a rule below. */
export const heading = (doc: Pdf, shop: string, title: string, lines: string[] = []) => {
  const { left } = doc.page.margins
  doc.font('Helvetica').fontSize(8).fillColor('#6b5a3a').text(shop.toUpperCase(), left, doc.y, {
    characterSpacing: 1.5,
  })
  doc.moveDown(0.2).font('Helvetica-Bold').fontSize(16).fillColor('#000').text(title)
  doc.font('Helvetica').fontSize(9)
  for (const line of lines) doc.text(line)
  doc.moveDown(0.4)
  rule(doc)
}

/** A thin rule across the page, with a little space after. */
export const rule = (doc: Pdf) => {
  const { left, right } = doc.page.margins
  doc
    .moveTo(left, doc.y)
    .lineTo(doc.page.width - right, doc.y)
    .lineWidth(0.5)
    .strokeColor('#b59a5a')
    .stroke()
  doc.moveDown(0.5)
}

/** `Label: value` pairs, the labels in grey, skipping empty values. */
export const facts = (doc: Pdf, pairs: [string, string | number | null | undefined][]) => {
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === '') continue
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(`${label}: `, { continued: true })
    doc.fillColor('#000').text(String(value))
  }
}

export type Column = { header: string; width: number; align?: 'left' | 'right' | 'center' }

/** A plain table: a bold header row, then rows, each as tall as its tallest cell; pages break. */
export const table = (doc: Pdf, columns: Column[], rows: string[][], fontSize = 8) => {
  const { left } = doc.page.margins
  const pad = 3
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize)
    const height =
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 2 * pad })),
      ) +
      2 * pad
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const top = doc.y
    let x = left
    cells.forEach((cell, i) => {
      doc.fillColor('#000').text(cell, x + pad, top + pad, {
        width: columns[i].width - 2 * pad,
        align: columns[i].align ?? 'left',
      })
      x += columns[i].width
    })
    const width = columns.reduce((sum, c) => sum + c.width, 0)
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(bold ? 0.8 : 0.3)
      .strokeColor('#999')
      .stroke()
    doc.x = left
    doc.y = top + height
  }
  drawRow(
    columns.map((c) => c.header),
    true,
  )
  for (const row of rows) drawRow(row, false)
  doc.moveDown(0.5)
}

type SnapshotImage = { id?: unknown; url?: string | null; cardURL?: string | null; alt?: string }

/** The snapshot's pictures of a line, as its `productSnapshot.images` holds them. */
export const snapshotImages = (item: NonNullable<Order['items']>[number]): SnapshotImage[] =>
  Array.isArray(item.productSnapshot?.images)
    ? (item.productSnapshot.images as SnapshotImage[])
    : []

/**
 * A snapshot picture as PNG bytes (pdfkit reads PNG and JPEG; media is WebP), or null when its
 * file is gone: a document still prints without it. Read from the media folder, or fetched when
 * the media lives elsewhere (S3).
 */
export const pictureBytes = async (
  req: PayloadRequest,
  image: SnapshotImage,
): Promise<Buffer | null> => {
  const media = image.id
    ? await req.payload
        .findByID({
          collection: 'media',
          id: image.id as number,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  const filename = media?.sizes?.card?.filename ?? media?.filename
  const staticDir = req.payload.collections.media?.config.upload?.staticDir ?? 'media'
  try {
    let bytes: Buffer | null = null
    // The annotation keeps Next's file tracing from taking a path known only at run time for a
    // pattern over the whole project (it copied every source file into the standalone build).
    const file = path.resolve(/* turbopackIgnore: true */ staticDir, path.basename(filename ?? ''))
    if (filename) bytes = await fs.readFile(/* turbopackIgnore: true */ file).catch(() => null)
    const url = image.cardURL ?? image.url
    if (!bytes && url && /^https?:\/\//.test(url)) {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (res.ok) bytes = Buffer.from(await res.arrayBuffer())
    }
    return bytes ? await sharp(bytes).resize(480, 480, { fit: 'inside' }).png().toBuffer() : null
  } catch {
    return null
  }
}

/** Why a document is not given: the HTTP status and a message, or the order it is for. */
export type DocumentAccess =
  | { ok: true; user: NonNullable<PayloadRequest['user']>; order: Order }
  | OrderNotReachable
  | { ok: false; refusal: 'forbidden' | 'not_ready'; message: string }

/**
 * The order a document is asked for, if the signed-in person may see the order (else it does not
 * exist for them) and `mayHave` says this document is theirs.
 */
export const orderForDocument = async (
  req: PayloadRequest,
  id: string,
  mayHave: (user: NonNullable<PayloadRequest['user']>, order: Order) => boolean,
  document: string,
): Promise<DocumentAccess> => {
  const reached = await orderForChange(req, id)
  if (!reached.ok) return reached
  if (!mayHave(reached.user, reached.order))
    return { ok: false, refusal: 'forbidden', message: `The ${document} is not yours to read` }
  return reached
}
