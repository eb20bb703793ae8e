import { pbkdf2Sync, randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'
import { pathToFileURL } from 'url'
import type { Payload } from 'payload'
import { generateNKeysBetween } from 'payload/shared'

import { orderStatuses, type OrderAction, type OrderStatus } from '@/lib/orderStatus'
import { businessDayKey, defaultTimeZone, formatOrderId } from '@/lib/orderId'
import { formatVendorId } from '@/lib/vendorId'
import { makingDaysOf, readyByFor } from '@/lib/readyDate'

import { seedCategories, seedProducts } from '../seed/catalogue'
import { demoAccounts } from '../seed/accounts'
import { seedDatabase } from '../seed/seedDatabase'

/**
 * Bench data at `scale` (1× = 10,000 products in 40 categories, 50,000 orders across every status,
 * 200 vendors, 500 customers, 30 goldsmiths): the demo seed first (admin, staff, demo people,
 * rates, settings and a handful of product images through the Local API), then everything else in
 * bulk INSERTs through Payload's own Drizzle tables, so generating 10k products takes seconds, not
 * the hour one Local API call per record would. Same statements on SQLite and PostgreSQL.
 */

type Row = Record<string, unknown>
type Insert = {
  values(rows: Row[]): PromiseLike<unknown> & {
    returning(fields: Row): PromiseLike<{ id: number }[]>
  }
}
type DrizzleAdapter = { drizzle: { insert(table: unknown): Insert }; tables: Row }

export const benchSizes = (scale: number) => ({
  products: Math.round(10_000 * scale),
  orders: Math.round(50_000 * scale),
  vendors: Math.max(2, Math.round(200 * scale)),
  customers: Math.max(2, Math.round(500 * scale)),
  goldsmiths: 30,
  categories: 40,
})

/** The seeded logins the bench signs in with: one of each role that the rows need. */
export const benchLogins = {
  staff: { collection: 'users', email: demoAccounts.staff.email },
  goldsmith: { collection: 'goldsmiths', email: demoAccounts.goldsmiths[0].email },
  customer: { collection: 'customers', email: demoAccounts.customers[0].email },
  vendor: { collection: 'vendors', email: demoAccounts.vendors[0].email },
} as const

// A fixed seed: the same scale always makes the same data, so runs compare.
const random = (() => {
  let state = 20261130
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
})()
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const arrayRowId = () => randomBytes(12).toString('hex')
const day = 24 * 60 * 60 * 1000

const batchSize = 400
const ordersPerChunk = 20_000

const insertAll = async (
  payload: Payload,
  table: string,
  rows: Row[],
  withIds = false,
): Promise<number[]> => {
  const db = payload.db as unknown as DrizzleAdapter
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += batchSize) {
    const statement = db.drizzle.insert(db.tables[table]).values(rows.slice(i, i + batchSize))
    if (withIds) {
      // RETURNING gives the ids in the order the rows were inserted, on both SQLite and PostgreSQL.
      const idColumn = (db.tables[table] as { id: unknown }).id
      ids.push(...(await statement.returning({ id: idColumn })).map((r) => r.id))
    } else await statement
  }
  return ids
}

// Payload's local strategy: PBKDF2-SHA256, 25,000 iterations, 512 bytes, hex. One hash for every
// generated account: they exist to be counted, joined and listed, and this keeps them valid logins.
const passwordFields = (() => {
  const salt = randomBytes(32).toString('hex')
  const hash = pbkdf2Sync('Bench-pass-2026', salt, 25000, 512, 'sha256').toString('hex')
  return { salt, hash }
})()

const lexicalParagraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

const idsOf = async (payload: Payload, collection: 'categories' | 'media' | 'products') =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0 })).docs

const accountsFor = async (payload: Payload, collection: 'customers' | 'vendors' | 'goldsmiths') =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0 })).docs.map((d) => d.id)

/** Extra categories: each seed category in four collections, so the catalogue has 40. */
const generateCategories = async (payload: Payload, total: number) => {
  const existing = (await idsOf(payload, 'categories')) as {
    id: number
    slug?: string | null
    icon?: unknown
    _order?: string | null
  }[]
  const lines = ['Temple', 'Bridal', 'Everyday', 'Antique', 'Kundan', 'Minimal', 'Heritage']
  const rows: Row[] = []
  for (let i = 0; existing.length + rows.length < total; i++) {
    const base = seedCategories[i % seedCategories.length]!
    const line = lines[Math.floor(i / seedCategories.length) % lines.length]
    const parent = existing.find((c) => c.slug === base.slug)
    rows.push({
      name: `${line} ${base.name}`,
      slug: `${line.toLowerCase()}-${base.slug}`,
      description: `${line} pieces from our ${base.name.toLowerCase()}.`,
      makingDays: base.makingDays,
      icon: (parent?.icon as number | null) ?? null,
    })
  }
  // After the seeded ones, in the admin's drag-and-drop order (Payload's `orderable` keys).
  const last =
    existing
      .map((c) => c._order)
      .filter(Boolean)
      .sort()
      .at(-1) ?? null
  const keys = generateNKeysBetween(last, null, rows.length)
  await insertAll(
    payload,
    'categories',
    rows.map((row, i) => ({ ...row, _order: keys[i] })),
  )
  return (await idsOf(payload, 'categories')) as { id: number; slug: string; name: string }[]
}

type GeneratedProduct = {
  id: number
  published: boolean
  name: string
  sku: string
  slug: string
  categoryName: string
  metal: string
  purity: string
  grossWeight: number
  netWeight: number
  stoneWeight: number
  price: number
  wastage: number
  makingCharges: number
  /** Its own making time, or its category's (lib/readyDate.ts makingDaysOf). */
  makingDays: number
  attributes: { key: string; value: string }[]
  images: number[]
}

const round3 = (v: number) => Math.round(v * 1000) / 1000

const generateProducts = async (
  payload: Payload,
  count: number,
  categories: { id: number; slug: string; name: string }[],
): Promise<GeneratedProduct[]> => {
  // The seed's products own the images: every generated product shares one seed product's set.
  const seeded = (await idsOf(payload, 'products')) as { images?: unknown }[]
  const imageSets = seeded.map((p) => (p.images as number[] | null) ?? []).filter((s) => s.length)
  const now = Date.now()
  const products: Omit<GeneratedProduct, 'id'>[] = []
  const rows: Row[] = []
  for (let i = 0; i < count; i++) {
    const template = seedProducts[i % seedProducts.length]!
    const family = categories.filter((c) => c.slug.endsWith(template.categorySlug))
    const category = pick(family.length ? family : categories)
    const factor = 0.7 + random() * 0.7
    const serial = String(i + 1).padStart(6, '0')
    const product = {
      published: random() < 0.97,
      name: `${template.name} ${serial}`,
      sku: `BN-${serial}`,
      slug: `${template.sku.toLowerCase()}-bn-${serial}`,
      categoryName: category.name,
      metal: template.metal,
      purity: template.purity,
      grossWeight: round3(template.grossWeight * factor),
      netWeight: round3(template.netWeight * factor),
      stoneWeight: round3(template.stoneWeight * factor),
      price: Math.round(template.price * factor),
      wastage: template.wastage,
      makingCharges: Math.round(template.makingCharges * factor),
      makingDays: makingDaysOf(
        template,
        seedCategories.find((c) => c.slug === template.categorySlug),
      ),
      attributes: template.attributes,
      images: imageSets.length ? imageSets[i % imageSets.length]! : [],
    }
    products.push(product)
    const createdAt = new Date(now - (count - i) * 60_000 - 2 * day).toISOString()
    rows.push({
      name: product.name,
      slug: product.slug,
      sku: product.sku,
      category: category.id,
      metal: product.metal,
      purity: product.purity,
      grossWeight: product.grossWeight,
      netWeight: product.netWeight,
      stoneWeight: product.stoneWeight,
      price: product.price,
      wastage: product.wastage,
      makingCharges: product.makingCharges,
      makingDays: template.makingDays ?? null,
      description: lexicalParagraph(template.description),
      featured: random() < 0.01,
      status: product.published ? 'published' : 'draft',
      createdAt,
      updatedAt: createdAt,
    })
  }
  const ids = await insertAll(payload, 'products', rows, true)
  const withIds = products.map((p, i) => ({ ...p, id: ids[i]! }))
  await insertAll(
    payload,
    'products_rels',
    withIds.flatMap((p) =>
      p.images.map((media, order) => ({
        order: order + 1,
        parent: p.id,
        path: 'images',
        mediaID: media,
      })),
    ),
  )
  await insertAll(
    payload,
    'products_texts',
    withIds.flatMap((p, i) =>
      seedProducts[i % seedProducts.length]!.tags.map((text, order) => ({
        order: order + 1,
        parent: p.id,
        path: 'tags',
        text,
      })),
    ),
  )
  await insertAll(
    payload,
    'products_attributes',
    withIds.flatMap((p) =>
      p.attributes.map(({ key, value }, order) => ({
        _order: order + 1,
        _parentID: p.id,
        id: arrayRowId(),
        key,
        value,
      })),
    ),
  )
  return withIds
}

const generatePeople = async (payload: Payload, sizes: ReturnType<typeof benchSizes>) => {
  const now = new Date().toISOString()
  const stamp = { ...passwordFields, createdAt: now, updatedAt: now }
  const existingVendors = (await accountsFor(payload, 'vendors')).length
  const existingGoldsmiths = (await accountsFor(payload, 'goldsmiths')).length
  const existingCustomers = (await accountsFor(payload, 'customers')).length
  // Approved vendors carry the IDs the 'vendor' counter would have issued; it is moved past them.
  const vendorRows = Array.from(
    { length: Math.max(0, sizes.vendors - existingVendors) },
    (_, i) => ({
      ...stamp,
      email: `vendor${i + 1}@bench.local`,
      vendorId: formatVendorId(1000 + i),
      status: i % 10 === 9 ? 'pending' : 'approved',
      businessName: `Bench Jewellers ${i + 1}`,
      ownerName: `Owner ${i + 1}`,
      phone: '9876501234',
      gstNumber: '27AAPFU0939F1ZV',
      city: pick(['Mumbai', 'Jaipur', 'Chennai', 'Kolkata', 'Surat', 'Hyderabad']),
    }),
  )
  for (const row of vendorRows) if (row.status === 'pending') Object.assign(row, { vendorId: null })
  await insertAll(payload, 'vendors', vendorRows)
  await payload.db.updateOne({
    collection: 'counters',
    where: { name: { equals: 'vendor' } },
    data: { value: 1000 + vendorRows.length },
  })
  await insertAll(
    payload,
    'goldsmiths',
    Array.from({ length: Math.max(0, sizes.goldsmiths - existingGoldsmiths) }, (_, i) => ({
      ...stamp,
      email: `karigar${i + 1}@bench.local`,
      name: `Karigar ${i + 1}`,
      phone: '9829012345',
      active: true,
    })),
  )
  await insertAll(
    payload,
    'customers',
    Array.from({ length: Math.max(0, sizes.customers - existingCustomers) }, (_, i) => ({
      ...stamp,
      email: `customer${i + 1}@bench.local`,
      name: `Customer ${i + 1}`,
      phone: '9811122233',
    })),
  )
  const vendors = (
    await payload.find({ collection: 'vendors', limit: 0, pagination: false, depth: 0 })
  ).docs
  return {
    vendors: vendors.filter((v) => v.status === 'approved').map((v) => v.id),
    customers: await accountsFor(payload, 'customers'),
    goldsmiths: await accountsFor(payload, 'goldsmiths'),
  }
}

// How a year of orders ends up: most delivered, a fifth still open, a few declined or cancelled.
const statusWeights: Record<OrderStatus, number> = {
  ordered: 0.12,
  accepted: 0.06,
  under_process: 0.12,
  completed: 0.04,
  dispatched: 0.04,
  delivered: 0.52,
  rejected: 0.04,
  cancelled: 0.06,
  // Rare and short-lived; none, so the generated year stays as it was.
  on_hold: 0,
}
const pathTo: Record<OrderStatus, OrderAction[]> = {
  ordered: [],
  accepted: ['accept'],
  under_process: ['accept', 'assign'],
  completed: ['accept', 'assign', 'complete'],
  dispatched: ['accept', 'assign', 'complete', 'dispatch'],
  delivered: ['accept', 'assign', 'complete', 'dispatch', 'deliver'],
  rejected: ['reject'],
  cancelled: ['cancel'],
  on_hold: ['accept', 'assign', 'hold'],
}
const stepTo: Record<OrderAction, OrderStatus> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'under_process',
  complete: 'completed',
  dispatch: 'dispatched',
  deliver: 'delivered',
  cancel: 'cancelled',
  hold: 'on_hold',
  resume: 'under_process',
  rework: 'under_process',
}
const timestampOf: Record<OrderAction, string> = {
  accept: 'acceptedAt',
  reject: 'rejectedAt',
  assign: 'assignedAt',
  complete: 'completedAt',
  dispatch: 'dispatchedAt',
  deliver: 'deliveredAt',
  cancel: 'cancelledAt',
  hold: 'heldAt',
  resume: 'resumedAt',
  rework: 'reworkRequestedAt',
}

const chooseStatus = (): OrderStatus => {
  let r = random()
  for (const status of orderStatuses) {
    r -= statusWeights[status]
    if (r < 0) return status
  }
  return 'delivered'
}

const generateOrders = async (
  payload: Payload,
  count: number,
  products: GeneratedProduct[],
  people: { vendors: number[]; customers: number[]; goldsmiths: number[] },
  metalRates: { gold: number; silver: number },
  progress: (message: string) => void,
) => {
  const published = products.filter((p) => p.published)
  // As operations/snapshotItems.ts freezes them.
  const media = (await payload.find({ collection: 'media', limit: 0, pagination: false, depth: 0 }))
    .docs
  const imageSnapshots = new Map(
    media.map((m) => [
      m.id,
      {
        id: m.id,
        alt: m.alt,
        url: m.url,
        thumbnailURL: m.sizes?.thumbnail?.url ?? m.thumbnailURL ?? null,
        cardURL: m.sizes?.card?.url ?? null,
      },
    ]),
  )
  const now = Date.now()
  // Placed over the past year, up to yesterday: today's order IDs stay free for the server's counter.
  const drafts = Array.from({ length: count }, () => {
    const status = chooseStatus()
    const open = ['ordered', 'accepted', 'under_process', 'completed'].includes(status)
    const ageDays = 1 + random() * (open ? 30 : 364)
    return { status, placedAt: now - ageDays * day }
  }).sort((a, b) => a.placedAt - b.placedAt)

  const sequences = new Map<string, number>()
  const openIds: number[] = []

  const insertOrders = async (chunkDrafts: typeof drafts) => {
    const orders: Row[] = []
    const items: Row[][] = []
    const history: Row[][] = []
    const placers: { relation: 'customers' | 'vendors'; id: number }[] = []
    for (const { status, placedAt } of chunkDrafts) {
      const dayKey = businessDayKey(new Date(placedAt), defaultTimeZone)
      const sequence = (sequences.get(dayKey) ?? 0) + 1
      sequences.set(dayKey, sequence)
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const product = pick(published)
        const quantity = 1 + Math.floor(random() * 3)
        return { product, quantity }
      })
      const placer =
        random() < 0.7
          ? { relation: 'vendors' as const, id: pick(people.vendors) }
          : { relation: 'customers' as const, id: pick(people.customers) }
      placers.push(placer)
      const steps = pathTo[status]
      const stamps: Row = {}
      const entries: Row[] = [
        {
          action: 'place',
          from: null,
          to: 'ordered',
          at: new Date(placedAt).toISOString(),
          actorRole: placer.relation === 'vendors' ? 'vendor' : 'customer',
        },
      ]
      let at = placedAt
      let from: OrderStatus = 'ordered'
      // Each step a while after the last, all of them before now.
      const room = (now - placedAt) / (steps.length + 1)
      for (const action of steps) {
        at += room * (0.3 + random() * 0.7)
        const iso = new Date(at).toISOString()
        stamps[timestampOf[action]] = iso
        entries.push({
          action,
          from,
          to: stepTo[action],
          at: iso,
          actorRole: action === 'cancel' ? entries[0]!.actorRole : 'staff',
          note: action === 'reject' ? 'Design not available in this purity' : null,
          noteVisibility: action === 'reject' ? 'buyer' : null,
        })
        from = stepTo[action]
      }
      const placedIso = new Date(placedAt).toISOString()
      orders.push({
        orderId: formatOrderId(dayKey, sequence),
        status,
        customerSnapshot_name:
          placer.relation === 'vendors' ? `Bench Jewellers ${placer.id}` : `Customer ${placer.id}`,
        customerSnapshot_phone: '9876543210',
        customerSnapshot_email: `${placer.relation}-${placer.id}@bench.local`,
        customerSnapshot_address: '12 MG Road, Jaipur, Rajasthan',
        customerSnapshot_pincode: '302001',
        totalAmount: lines.reduce((sum, l) => sum + l.product.price * l.quantity, 0),
        instructions: random() < 0.2 ? 'Gift wrap, please' : null,
        assignedGoldsmith: steps.includes('assign') ? pick(people.goldsmiths) : null,
        readyBy: readyByFor(
          new Date(placedAt),
          lines.map((l) => l.product.makingDays),
          defaultTimeZone,
        ),
        ...stamps,
        createdAt: placedIso,
        updatedAt: (entries[entries.length - 1]!.at as string) ?? placedIso,
      })
      items.push(
        lines.map(({ product, quantity }, i) => ({
          _order: i + 1,
          id: arrayRowId(),
          product: product.id,
          productSnapshot_name: product.name,
          productSnapshot_sku: product.sku,
          productSnapshot_slug: product.slug,
          productSnapshot_categoryName: product.categoryName,
          productSnapshot_metal: product.metal,
          productSnapshot_purity: product.purity,
          productSnapshot_grossWeight: product.grossWeight,
          productSnapshot_netWeight: product.netWeight,
          productSnapshot_stoneWeight: product.stoneWeight,
          productSnapshot_images: product.images.map((id) => imageSnapshots.get(id)),
          productSnapshot_attributes: product.attributes,
          quantity,
          priceAtOrder: product.price,
          wastageAtOrder: product.wastage,
          makingChargesAtOrder: product.makingCharges,
          metalRateAtOrder:
            product.metal === 'gold'
              ? metalRates.gold
              : product.metal === 'silver'
                ? metalRates.silver
                : null,
        })),
      )
      history.push(entries.map((entry, i) => ({ ...entry, _order: i + 1, id: arrayRowId() })))
    }
    const ids = await insertAll(payload, 'orders', orders, true)
    await insertAll(
      payload,
      'orders_items',
      items.flatMap((rows, i) => rows.map((row) => ({ ...row, _parentID: ids[i] }))),
    )
    await insertAll(
      payload,
      'orders_history',
      history.flatMap((rows, i) => rows.map((row) => ({ ...row, _parentID: ids[i] }))),
    )
    await insertAll(
      payload,
      'orders_rels',
      placers.map((p, i) => ({
        parent: ids[i],
        path: 'placedBy',
        [p.relation === 'vendors' ? 'vendorsID' : 'customersID']: p.id,
      })),
    )
    return ids.filter((_, i) => orders[i]!.status === 'ordered')
  }
  // Built and written a chunk at a time: ×16's 800,000 orders held at once outgrow Node's heap.
  for (let chunk = 0; chunk < drafts.length; chunk += ordersPerChunk) {
    openIds.push(...(await insertOrders(drafts.slice(chunk, chunk + ordersPerChunk))))
    progress(`orders: ${Math.min(chunk + ordersPerChunk, count)}/${count}`)
  }
  return openIds
}

/** Seeds the base with the demo seed, then adds the bulk data for `scale`. */
export const generateBenchData = async (
  payload: Payload,
  scale: number,
  progress: (message: string) => void = () => {},
) => {
  const sizes = benchSizes(scale)
  await seedDatabase(payload, { mode: 'demo', productLimit: 8, progress })
  progress('base seeded (admin, demo people, categories, 8 products with images, rates, settings)')
  const categories = await generateCategories(payload, sizes.categories)
  progress(`categories: ${categories.length}`)
  const products = await generateProducts(payload, sizes.products, categories)
  progress(`products: ${products.length}`)
  const people = await generatePeople(payload, sizes)
  progress(
    `vendors (approved): ${people.vendors.length}, customers: ${people.customers.length}, goldsmiths: ${people.goldsmiths.length}`,
  )
  const rates = await payload.findGlobal({ slug: 'rates' })
  const openOrders = await generateOrders(
    payload,
    sizes.orders,
    products,
    people,
    { gold: rates.gold ?? 0, silver: rates.silver ?? 0 },
    progress,
  )
  progress(`orders: ${sizes.orders} (${openOrders.length} awaiting acceptance)`)
  return { sizes, openOrders }
}

// `tsx scripts/bench/generate.ts --scale 1` fills the (empty) database DATABASE_URL names through
// the migrations, as `next start` would, and prints how long it took.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scaleArg = process.argv.indexOf('--scale')
  const scale = Number(scaleArg > 0 ? process.argv[scaleArg + 1] : process.env.BENCH_SCALE || 1)
  if (!(scale > 0)) throw new Error('--scale must be a positive number')
  process.env.DATABASE_URL ||= `file:${path.resolve(`.tmp/bench-scale-${scale}.db`)}`
  process.env.PAYLOAD_SECRET ||= 'bench-generate-throwaway-secret'.padEnd(48, 'x')
  process.env.SERVER_URL ||= 'http://127.0.0.1'
  Object.assign(process.env, { NODE_ENV: 'production' })
  const started = Date.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { openOrders } = await generateBenchData(payload, scale, (message) =>
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s  ${message}`),
  )
  // The ids of the orders still 'ordered', for the bench's transition row (BENCH_OPEN_ORDERS_FILE).
  if (process.env.BENCH_OPEN_ORDERS_FILE)
    fs.writeFileSync(process.env.BENCH_OPEN_ORDERS_FILE, JSON.stringify(openOrders))
  console.log(`Generated scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  process.exit(0)
}
