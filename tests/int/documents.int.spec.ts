import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { parseInvoiceNumber } from '@/lib/invoiceNumber'

import { unique } from '../helpers/accounts'
import { testInvoiceDetails } from '../helpers/fixtures'
import { randomHuid } from '../helpers/huids'
import { api, baseURL, gql, tokenFor } from '../helpers/http'
import { staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'
import { people, testGstins } from '../helpers/people'

const { ids } = inject('fixtures')

// Set DOCUMENTS_PDF_DIR to keep every PDF this file reads (to look at them as PNGs).
const keepDir = process.env.DOCUMENTS_PDF_DIR
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-'))

type Pdf = { status: number; type: string | null; bytes: Buffer; body: string }

/** GET a document as `who` (anonymous when null): the raw bytes and, when refused, the JSON. */
const getPdf = async (who: PersonKey | null, url: string): Promise<Pdf> => {
  const res = await fetch(`${baseURL()}${url}`, {
    headers: who ? { Authorization: `JWT ${await tokenFor(who)}` } : {},
  })
  const bytes = Buffer.from(await res.arrayBuffer())
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes,
    body: res.status === 200 ? '' : bytes.toString('utf8'),
  }
}

let saved = 0
/** The PDF's text as pdftotext (poppler-utils) reads it, its layout kept. */
const textOf = (pdf: Buffer, name: string) => {
  const file = path.join(work, `${name}-${++saved}.pdf`)
  fs.writeFileSync(file, pdf)
  if (keepDir) fs.copyFileSync(file, path.join(keepDir, path.basename(file)))
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** Each page rendered by pdftoppm, as PNG sizes: proof the PDF draws, and at what paper size. */
const pagesOf = async (pdf: Buffer) => {
  const file = path.join(work, `pages-${++saved}.pdf`)
  fs.writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-png', '-r', '36', file, path.join(work, `page-${saved}`)])
  const pngs = fs.readdirSync(work).filter((f) => f.startsWith(`page-${saved}-`))
  return Promise.all(pngs.map((f) => sharp(path.join(work, f)).metadata()))
}

const price = { gold: 12_347, silver: 4_319 }
let products: { gold: number; silver: number }
let goldName: string

beforeAll(async () => {
  const staff = await tokenFor('staff1')
  const png = await sharp({
    create: { width: 200, height: 200, channels: 3, background: { r: 212, g: 175, b: 55 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: `Job card picture ${unique()}` }))
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `jc-${unique()}.png`)
  const image = await api('/api/media', { token: staff, form })
  expect(image.status).toBe(201)
  // A shelf of this file's own: published pieces on the fixture shelf would change what other
  // files count there.
  const shelf = await api('/api/categories', {
    token: staff,
    body: { name: `Document Shelf ${unique()}` },
  })
  expect(shelf.status).toBe(201)
  const product = async (metal: 'gold' | 'silver') => {
    const name = `Document ${metal} ${unique()}`
    const res = await api('/api/products', {
      token: staff,
      body: {
        name,
        sku: `DOC-${metal}-${unique()}`,
        category: shelf.body.doc.id,
        metal,
        purity: metal === 'gold' ? '22K' : '925',
        grossWeight: 10,
        netWeight: 9.5,
        price: price[metal],
        sizes: [],
        images: [image.body.doc.id],
        attributes: [{ key: 'Finish', value: 'Matte' }],
        status: 'published',
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return { id: res.body.doc.id as number, name }
  }
  const gold = await product('gold')
  const silver = await product('silver')
  products = { gold: gold.id, silver: silver.id }
  goldName = gold.name
})

type Line = { id: string; quantity: number }
type PlacedOrder = { id: number; orderId: string; items: Line[] }

const buyerPhone = '98111 22333'
const buyerAddress = '42 Secret Lane, Jaipur'

/** Places an order as `who` and takes it to `completed` by goldsmith1. */
const completedOrder = async (
  who: PersonKey,
  lines: { metal: 'gold' | 'silver'; quantity: number }[] = [
    { metal: 'gold', quantity: 3 },
    { metal: 'silver', quantity: 1 },
  ],
): Promise<PlacedOrder> => {
  const placed = await api('/api/orders', {
    token: await tokenFor(who),
    body: {
      items: lines.map((line) => ({
        product: products[line.metal],
        quantity: line.quantity,
        notes: line.metal === 'gold' ? 'Matte finish on the inside' : undefined,
      })),
      customerSnapshot: { phone: buyerPhone, address: buyerAddress, pincode: '302001' },
      instructions: 'Call the buyer before delivery',
    },
  })
  expect(placed.status, JSON.stringify(placed.body)).toBe(201)
  const order = placed.body.doc
  const steps: [PersonKey, Record<string, unknown>][] = [
    ['staff1', { action: 'accept' }],
    [
      'staff1',
      {
        action: 'assign',
        goldsmith: ids.goldsmith1,
        note: 'Use the new 22K solder',
        noteVisibility: 'karigar',
      },
    ],
    ['goldsmith1', { action: 'complete' }],
  ]
  for (const [actor, body] of steps) {
    const res = await transition(actor, order.id, body)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  return order
}

/** A dispatch body with fresh HUIDs for every piece (silver lines too, unless `goldOnly`). */
const dispatchWith = (order: PlacedOrder, huids = order.items.map((l) => l.quantity)) => ({
  action: 'dispatch',
  huids: order.items.map((line, i) => ({
    item: line.id,
    huids: Array.from({ length: huids[i] }, randomHuid),
  })),
})

const hallmarksOf = async (order: PlacedOrder) =>
  (
    await api(`/api/hallmarks?where[order][equals]=${order.id}&limit=100`, {
      token: await tokenFor('staff1'),
    })
  ).body.docs as { huid: string; item: string; piece: number }[]

const invoicesNow = async () =>
  (await api('/api/invoices?limit=100&sort=sequence&depth=0', { token: await tokenFor('staff1') }))
    .body.docs as { number: string; sequence: number; orderCode: string; order: number }[]

describe('documents: job card', () => {
  let order: PlacedOrder
  let full: any
  beforeAll(async () => {
    order = await completedOrder('customer1')
    full = await staffView(order.id)
  })

  it('renders one A5 page per line, and one page for ?line=n', async () => {
    const all = await getPdf('goldsmith1', `/api/orders/${order.id}/job-card`)
    expect(all.status, all.body).toBe(200)
    expect(all.type).toBe('application/pdf')
    const pages = await pagesOf(all.bytes)
    expect(pages).toHaveLength(2)
    // A5 is 148 × 210 mm: 1 : 1.414.
    for (const page of pages) expect(page.height! / page.width!).toBeCloseTo(210 / 148, 1)
    const one = await getPdf('staff1', `/api/orders/${order.id}/job-card?line=2`)
    expect(await pagesOf(one.bytes)).toHaveLength(1)
  })

  it('carries the piece: name, specs, size, quantity, due date and the karigar’s notes', async () => {
    const text = textOf(
      (await getPdf('goldsmith1', `/api/orders/${order.id}/job-card`)).bytes,
      'job-card',
    )
    for (const expected of [
      'JOB CARD',
      order.orderId,
      'Line 1 of 2',
      goldName,
      'Quantity: 3',
      'Due:',
      'gold 22K',
      '9.500 g',
      'Finish: Matte',
      'Matte finish on the inside',
      'Use the new 22K solder',
      'Karigar: goldsmith1',
      'Scan to open on your phone',
    ])
      expect(text).toContain(expected)
  })

  it('carries nothing of the buyer and no price', async () => {
    const text = textOf(
      (await getPdf('staff1', `/api/orders/${order.id}/job-card`)).bytes,
      'job-card',
    )
    const digits = text.replace(/\D/g, '')
    for (const secret of [
      full.customerSnapshot.name,
      full.customerSnapshot.email,
      buyerAddress,
      'Call the buyer',
      people.customer1.email,
    ])
      expect(text).not.toContain(secret)
    expect(digits).not.toContain(buyerPhone.replace(/\D/g, ''))
    // Each number printed, as a value ("42,601.00" is 42601): the run's unique SKUs and ids,
    // run together, could hold a price's digits by chance.
    const numbers = (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) =>
      Number(n.replace(/,/g, '')),
    )
    for (const amount of [
      price.gold,
      price.silver,
      full.totalAmount,
      full.subtotalAmount,
      full.gstAmount,
    ])
      expect(numbers).not.toContain(amount)
    expect(text).not.toMatch(/Rs\.|₹|INR|price|amount|GST/i)
  })

  it('opens the karigar’s view of the order from its QR target, after sign-in', async () => {
    const target = `/account/orders/${order.orderId}`
    const anonymous = await fetch(`${baseURL()}${target}`, { redirect: 'manual' })
    expect([303, 307, 308]).toContain(anonymous.status)
    expect(anonymous.headers.get('location')).toContain(`/login?next=${target}`)
    // The run's own session of goldsmith1 (a new sign-in could race another file's).
    const page = await fetch(`${baseURL()}${target}`, {
      headers: { Authorization: `JWT ${await tokenFor('goldsmith1')}` },
      redirect: 'manual',
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(goldName)
  })

  it('is for staff and the assigned goldsmith only', async () => {
    const url = `/api/orders/${order.id}/job-card`
    for (const who of ['staff1', 'staff2', 'admin1', 'admin2', 'goldsmith1'] as const)
      expect((await getPdf(who, url)).status, who).toBe(200)
    const refused: [PersonKey | null, number][] = [
      [null, 401],
      ['customer1', 403], // the buyer reads the order, not its job card
      ['customer2', 404],
      ['vendor1', 404],
      ['vendor2', 404],
      ['goldsmith2', 404],
    ]
    for (const [who, status] of refused) {
      const res = await getPdf(who, url)
      expect(res.status, String(who)).toBe(status)
      expect(res.type).not.toBe('application/pdf')
    }
  })

  it('refuses a line that is not there, naming the field', async () => {
    const res = await getPdf('staff1', `/api/orders/${order.id}/job-card?line=3`)
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).errors[0].field).toBe('line')
  })
})

describe('documents: HUIDs at dispatch', () => {
  it('refuses a gold line without HUIDs, short of one, or malformed, naming the field', async () => {
    const order = await completedOrder('customer1')
    const cases: [Record<string, unknown>, string][] = [
      [{ action: 'dispatch' }, 'huids'],
      [dispatchWith(order, [2, 1]), 'huids.0.huids'],
      [
        {
          action: 'dispatch',
          huids: [{ item: order.items[0].id, huids: [randomHuid(), 'AB-12C', randomHuid()] }],
        },
        'huids.0.huids.1',
      ],
      [{ action: 'dispatch', huids: [{ item: 'nope', huids: [randomHuid()] }] }, 'huids.0.item'],
    ]
    for (const [body, field] of cases) {
      const res = await transition('staff1', order.id, body)
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors[0].field).toBe(field)
    }
    expect((await staffView(order.id)).status).toBe('completed')
    expect(await hallmarksOf(order)).toEqual([])
  })

  it('refuses HUIDs with any other move', async () => {
    const order = await completedOrder('customer1')
    const res = await transition('staff1', order.id, {
      action: 'rework',
      note: 'Again',
      huids: [{ item: order.items[0].id, huids: [randomHuid()] }],
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('huids')
  })

  it('records one normalised HUID per piece; silver may go without', async () => {
    const order = await completedOrder('customer1')
    const typed = [randomHuid().toLowerCase(), randomHuid(), randomHuid()]
    const res = await transition('staff1', order.id, {
      action: 'dispatch',
      huids: [{ item: order.items[0].id, huids: typed }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const marks = await hallmarksOf(order)
    expect(marks.map((m) => [m.item, m.piece, m.huid]).sort()).toEqual(
      typed.map((huid, i) => [order.items[0].id, i + 1, huid.toUpperCase()]).sort(),
    )
  })

  it('refuses a HUID already on another order’s piece (409, the piece named), writing nothing', async () => {
    const first = await completedOrder('customer1')
    const body = dispatchWith(first)
    expect((await transition('staff1', first.id, body)).status).toBe(200)
    const second = await completedOrder('customer2')
    const reused = dispatchWith(second)
    reused.huids[0].huids[2] = body.huids[0].huids[0].toLowerCase()
    const res = await transition('staff2', second.id, reused)
    expect(res.status, JSON.stringify(res.body)).toBe(409)
    expect(res.body.errors[0].field).toBe('huids.0.huids.2')
    expect(res.body.errors[0].message).toContain(first.orderId)
    expect((await staffView(second.id)).status).toBe('completed')
    expect(await hallmarksOf(second)).toEqual([])
  })

  it('gives one HUID to one piece when two dispatches race for it', async () => {
    const [a, b] = await Promise.all([completedOrder('customer1'), completedOrder('customer2')])
    const shared = randomHuid()
    const bodyA = dispatchWith(a)
    const bodyB = dispatchWith(b)
    bodyA.huids[0].huids[0] = shared
    bodyB.huids[0].huids[0] = shared
    const results = await Promise.all([
      transition('staff1', a.id, bodyA),
      transition('staff2', b.id, bodyB),
    ])
    expect(results.map((r) => r.status).sort(), JSON.stringify(results.map((r) => r.body))).toEqual(
      [200, 409],
    )
    const marks = [...(await hallmarksOf(a)), ...(await hallmarksOf(b))]
    expect(marks.filter((m) => m.huid === shared)).toHaveLength(1)
    // The loser wrote none of its HUIDs.
    expect(marks).toHaveLength(4)
  })

  it('lets nobody write hallmarks over the API, and only staff read them', async () => {
    for (const who of ['staff1', 'admin1', 'vendor1', 'customer1', 'goldsmith1'] as const) {
      const created = await api('/api/hallmarks', {
        token: await tokenFor(who),
        body: { huid: randomHuid(), order: 1, orderCode: 'x', item: 'x', piece: 1 },
      })
      expect(created.status, who).toBe(403)
    }
    for (const who of ['vendor1', 'customer1', 'goldsmith1'] as const) {
      expect((await api('/api/hallmarks', { token: await tokenFor(who) })).status, who).toBe(403)
      const viaGraphql = await gql('{ Hallmarks { docs { huid } } }', await tokenFor(who))
      expect(viaGraphql.data?.Hallmarks ?? null, who).toBeNull()
    }
  })
})

describe('documents: delivery note', () => {
  let customerOrder: PlacedOrder
  let vendorOrder: PlacedOrder
  let huids: string[]
  beforeAll(async () => {
    customerOrder = await completedOrder('customer1')
    vendorOrder = await completedOrder('vendor2', [{ metal: 'silver', quantity: 2 }])
    const body = dispatchWith(customerOrder)
    huids = body.huids.flatMap((h) => h.huids)
    expect((await transition('staff1', customerOrder.id, body)).status).toBe(200)
    expect((await transition('staff1', vendorOrder.id, { action: 'dispatch' })).status).toBe(200)
  })

  it('lists every piece with its HUID and no price on a customer’s order', async () => {
    const res = await getPdf('customer1', `/api/orders/${customerOrder.id}/delivery-note`)
    expect(res.status, res.body).toBe(200)
    expect(await pagesOf(res.bytes)).toHaveLength(1)
    const text = textOf(res.bytes, 'delivery-note')
    expect(text).toContain('DELIVERY NOTE')
    expect(text).toContain(buyerAddress)
    for (const huid of huids) expect(text).toContain(huid)
    expect(text).toContain('Pieces: 4')
    expect(text).not.toMatch(/Rs\.|price/i)
    expect(text.replace(/\D/g, '')).not.toContain(String(price.gold))
  })

  it('shows the vendor its unit prices', async () => {
    const res = await getPdf('vendor2', `/api/orders/${vendorOrder.id}/delivery-note`)
    expect(res.status, res.body).toBe(200)
    const text = textOf(res.bytes, 'delivery-note-vendor')
    expect(text).toContain('Unit price')
    expect(text).toContain('4,319.00')
    expect(text).toContain('Pieces: 2')
  })

  it('is for staff and the buyer only, once dispatched', async () => {
    const url = `/api/orders/${customerOrder.id}/delivery-note`
    for (const who of ['staff1', 'staff2', 'admin2', 'customer1'] as const)
      expect((await getPdf(who, url)).status, who).toBe(200)
    const refused: [PersonKey | null, number][] = [
      [null, 401],
      ['goldsmith1', 403],
      ['goldsmith2', 404],
      ['customer2', 404],
      ['vendor1', 404],
      ['vendor2', 404],
    ]
    for (const [who, status] of refused)
      expect((await getPdf(who, url)).status, String(who)).toBe(status)
    expect((await getPdf('vendor1', `/api/orders/${vendorOrder.id}/delivery-note`)).status).toBe(
      404,
    )
    const notYet = await completedOrder('customer1', [{ metal: 'silver', quantity: 1 }])
    expect((await getPdf('staff1', `/api/orders/${notYet.id}/delivery-note`)).status).toBe(409)
  })
})

describe('documents: tax invoice', () => {
  // Amounts as pdftotext prints them: `Rs. 1,23,456.70`.
  const rupeesAfter = (text: string, label: string) => {
    const match = new RegExp(`${label}\\s+Rs\\. ([\\d,.-]+)`).exec(text)
    if (!match) throw new Error(`No ${label} in:\n${text}`)
    return Number(match[1].replaceAll(',', ''))
  }

  it('numbers invoices in one series with no gap, even when a dispatch fails or loses a race', async () => {
    const [a, b, c] = await Promise.all([
      completedOrder('vendor1'),
      completedOrder('vendor1', [{ metal: 'silver', quantity: 1 }]),
      completedOrder('vendor2'),
    ])
    expect((await transition('staff1', a.id, dispatchWith(a))).status).toBe(200)
    // Refused after the checks that come before the number: no HUIDs.
    expect((await transition('staff1', c.id, { action: 'dispatch' })).status).toBe(400)
    // Two dispatches of one order at once: both may draw a number; the loser's rolls back.
    const raced = await Promise.all([
      transition('staff1', b.id, { action: 'dispatch' }),
      transition('staff2', b.id, { action: 'dispatch' }),
    ])
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409])
    expect((await transition('staff1', c.id, dispatchWith(c))).status).toBe(200)

    const invoices = await invoicesNow()
    const mine = [a, b, c].map((o) => invoices.find((i) => i.order === o.id)!)
    const parsed = mine.map((i) => parseInvoiceNumber(i.number)!)
    expect(parsed.map((p) => p.financialYear)).toEqual(Array(3).fill(parsed[0].financialYear))
    expect(parsed[1].sequence).toBe(parsed[0].sequence + 1)
    expect(parsed[2].sequence).toBe(parsed[1].sequence + 1)
    // The whole series so far: 1, 2, … with nothing missing.
    const series = invoices.filter((i) =>
      i.number.includes(`/${parsed[0].financialYear.slice(2)}/`),
    )
    expect(series.map((i) => i.sequence)).toEqual(series.map((_, n) => n + 1))
  })

  it('issues none for a customer’s order', async () => {
    const order = await completedOrder('customer1', [{ metal: 'silver', quantity: 1 }])
    expect((await transition('staff1', order.id, { action: 'dispatch' })).status).toBe(200)
    expect((await invoicesNow()).some((i) => i.order === order.id)).toBe(false)
    expect((await getPdf('staff1', `/api/orders/${order.id}/invoice`)).status).toBe(409)
  })

  for (const [vendor, gstin, split] of [
    ['vendor1', testGstins[0], /CGST 1\.5%[\s\S]*SGST 1\.5%/],
    ['vendor2', testGstins[1], /IGST 3%/],
  ] as const) {
    it(`agrees with ${vendor}’s order to the rupee, with both GSTINs and HSN 7113`, async () => {
      const order = await completedOrder(vendor)
      expect((await transition('staff1', order.id, dispatchWith(order))).status).toBe(200)
      const full = await staffView(order.id)
      const res = await getPdf(vendor, `/api/orders/${order.id}/invoice`)
      expect(res.status, res.body).toBe(200)
      expect(res.type).toBe('application/pdf')
      expect(await pagesOf(res.bytes)).toHaveLength(1)
      const text = textOf(res.bytes, `invoice-${vendor}`)
      const number = (await invoicesNow()).find((i) => i.order === order.id)!.number
      for (const expected of [
        'TAX INVOICE',
        number,
        testInvoiceDetails.gstin,
        gstin,
        order.orderId,
      ])
        expect(text).toContain(expected)
      expect(text.match(/\b7113\b/g)).toHaveLength(2)
      expect(text).toMatch(split)
      expect(rupeesAfter(text, 'Invoice total')).toBe(full.totalAmount)
      expect(rupeesAfter(text, 'Taxable value')).toBe(full.subtotalAmount)
      const taxes = [...text.matchAll(/[CSI]GST [\d.]+%\s+Rs\. ([\d,.]+)/g)].map((m) =>
        Number(m[1].replaceAll(',', '')),
      )
      const gst = taxes.reduce((sum, t) => sum + t, 0)
      expect(Math.abs(gst - full.gstAmount)).toBeLessThan(1)
      // Per line: 3 gold pieces, then 1 silver, each with its metal value and taxable value.
      expect(text).toContain('37,041.00')
      expect(text).toContain('4,319.00')
    })
  }

  it('is for staff and the vendor who bought only', async () => {
    const order = await completedOrder('vendor1', [{ metal: 'silver', quantity: 1 }])
    expect((await transition('staff1', order.id, { action: 'dispatch' })).status).toBe(200)
    const url = `/api/orders/${order.id}/invoice`
    for (const who of ['staff1', 'staff2', 'admin1', 'vendor1'] as const)
      expect((await getPdf(who, url)).status, who).toBe(200)
    const refused: [PersonKey | null, number][] = [
      [null, 401],
      ['vendor2', 404],
      ['customer1', 404],
      ['customer2', 404],
      ['goldsmith1', 403],
      ['goldsmith2', 404],
    ]
    for (const [who, status] of refused)
      expect((await getPdf(who, url)).status, String(who)).toBe(status)
  })

  it('lets nobody write invoices over the API, and only staff read them', async () => {
    for (const who of ['admin1', 'vendor1'] as const) {
      const created = await api('/api/invoices', {
        token: await tokenFor(who),
        body: {
          number: 'INV/00-01/0001',
          financialYear: '2000-01',
          sequence: 1,
          order: 1,
          orderCode: 'x',
          issuedAt: new Date().toISOString(),
        },
      })
      expect(created.status, who).toBe(403)
    }
    const [first] = await invoicesNow()
    for (const method of ['PATCH', 'DELETE'])
      expect(
        (
          await api(`/api/invoices/${(first as unknown as { id: number }).id}`, {
            method,
            token: await tokenFor('admin1'),
            body: method === 'PATCH' ? { number: 'X' } : undefined,
          })
        ).status,
      ).toBe(403)
    for (const who of ['vendor1', 'customer1', 'goldsmith1'] as const) {
      expect((await api('/api/invoices', { token: await tokenFor(who) })).status, who).toBe(403)
      const viaGraphql = await gql('{ Invoices { docs { number } } }', await tokenFor(who))
      expect(viaGraphql.data?.Invoices ?? null, who).toBeNull()
    }
  })
})
