import fs from 'fs'
import path from 'path'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrateSchema } from '@/adapters/database'
import { databaseKind } from '@/lib/databaseUrl'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'
import { demoPassword } from '@/scripts/seed/accounts'
import { seedDatabase } from '@/scripts/seed/seedDatabase'

// A catalogue page must cost a fixed handful of SQL statements, however many products it lists:
// Payload's drizzle adapters fetch each document's arrays, hasMany values and relationships inside
// one statement, and depth 1 adds one per related collection. A count that grows with the page
// (a statement per product, per image) fails here long before it is felt in production.
// The REST list: the count, the products, their categories, their images. The storefront page adds
// the site settings, rates and categories (the categories read twice on a cold cache), and for the
// rates ticker one look-up per purity with a rate beyond 24K gold and 999 silver (whether the
// catalogue uses it): five in the demo's rates, however many products there are.
// The quick order's SKU lookup: the vendor's session, the products with their images, and the SKUs
// not found among them (`unpublished`): the same however many SKUs an order names.
// An order placement: the vendor's session, the products (with categories and images), rates and
// settings, the day's counter, the order's four tables and its read-back, the staff to tell, the
// lock on them until the order commits (a recipient deleted meanwhile is skipped, not a foreign-key
// failure), and one insert each for their notifications, the notifications' recipients and the
// email jobs (and BEGIN and COMMIT where the adapter logs them): the same however many items the
// order has and however many staff are told.
const limits = { restList: 4, storefrontPage: 13 + 5, skuLookup: 5, orderPlacement: 19 }

const kind = databaseKind(process.env.DATABASE_URL)
const statementLog = path.resolve(`.tmp/statements-${process.pid}.log`)

/** The statements the server ran while `request` was answered. */
const statementsDuring = async (request: () => Promise<Response>) => {
  fs.writeFileSync(statementLog, '')
  const response = await request()
  expect(response.ok, `${response.status}`).toBe(true)
  await response.text()
  return fs.readFileSync(statementLog, 'utf8').split('\n').filter(Boolean).map(String)
}

describe.skipIf(kind === 'mongodb')('catalogue: SQL statements per request', () => {
  let server: NextServer

  beforeAll(async () => {
    // This file's database, migrated and seeded here first, then served by a server of its own that
    // logs every statement (the shared server runs other files' requests at the same time).
    process.env.PAYLOAD_MIGRATING = 'true'
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    delete process.env.PAYLOAD_MIGRATING
    await migrateSchema(payload)
    await seedDatabase(payload, { mode: 'demo', productLimit: 24 })
    await payload.destroy()
    server = await startNextServer({
      databaseUrl: process.env.DATABASE_URL!,
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: throwawaySecret('statements'),
        MEDIA_DIR: process.env.MEDIA_DIR!, // where the seed put the images
        DATABASE_LOG_QUERIES: statementLog,
        // No job runner polling the database between the requests we count.
        JOBS_AUTORUN: 'false',
      },
      label: 'statements-server',
    })
  })
  afterAll(async () => {
    await server?.stop()
    fs.rmSync(statementLog, { force: true })
  })

  it(`lists 20 products over REST at depth 1 in at most ${limits.restList} statements`, async () => {
    const statements = await statementsDuring(() =>
      fetch(`${server.url}/api/products?limit=20&depth=1`),
    )
    expect(statements.length, statements.join('\n')).toBeGreaterThan(0)
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limits.restList)
  })

  it(`renders the storefront's catalogue page in at most ${limits.storefrontPage} statements`, async () => {
    const statements = await statementsDuring(() => fetch(`${server.url}/products`))
    expect(statements.length, statements.join('\n')).toBeGreaterThan(0)
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limits.storefrontPage)
  })

  const vendorToken = async () => {
    const login = await fetch(`${server.url}/api/vendors/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'approved.vendor@demo.local', password: demoPassword }),
    })
    return ((await login.json()) as { token: string }).token
  }

  it(`looks up 24 SKUs in as many statements as 2, at most ${limits.skuLookup}`, async () => {
    const token = await vendorToken()
    const list = await fetch(`${server.url}/api/products?limit=24&depth=0&select[sku]=true`)
    const skus = ((await list.json()) as { docs: { sku: string }[] }).docs.map((doc) => doc.sku)
    expect(skus).toHaveLength(24)
    const lookUp = (some: string[]) =>
      statementsDuring(() =>
        fetch(`${server.url}/api/products/by-sku`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          // An unknown SKU in both, so the lookup of the missing ones runs each time.
          body: JSON.stringify({ skus: [...some, 'NOPE-404'] }),
        }),
      )
    const few = await lookUp(skus.slice(0, 2))
    const many = await lookUp(skus)
    expect(many.length, many.join('\n')).toBe(few.length)
    expect(many.length, many.join('\n')).toBeLessThanOrEqual(limits.skuLookup)
  })

  it(`places an order in as many statements with 3 items as with 1, at most ${limits.orderPlacement}`, async () => {
    const token = await vendorToken()
    // Pieces without sizes, so the order needs nothing but the product and a quantity.
    const list = await fetch(`${server.url}/api/products?limit=3&depth=0&where[sku][like]=NCK-`)
    const ids = ((await list.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
    expect(ids).toHaveLength(3)
    const place = (products: number[]) =>
      statementsDuring(() =>
        // depth=0 as the storefront places orders: the answer's items keep their snapshots only.
        fetch(`${server.url}/api/orders?depth=0`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({
            items: products.map((product) => ({ product, quantity: 1 })),
            customerSnapshot: { address: '12 MG Road, Jaipur', pincode: '302001' },
          }),
        }),
      )
    // The first order of a picture marks it as shown in orders (once per picture): not counted.
    await place(ids)
    const one = await place(ids.slice(0, 1))
    const three = await place(ids)
    expect(three.length, three.join('\n')).toBe(one.length)
    expect(three.length, three.join('\n')).toBeLessThanOrEqual(limits.orderPlacement)
  })
})
