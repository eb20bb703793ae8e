import fs from 'fs'
import path from 'path'
import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Migration, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrateSchema } from '@/adapters/database'
import { databaseKind } from '@/lib/databaseUrl'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { seedDatabase } from '@/scripts/seed/seedDatabase'

import { getTestPayload } from '../helpers/localPayload'

// `next start` builds its schema from the committed migrations (migrateSchema), never from a push.
// This file does the same on its own empty database: with PAYLOAD_MIGRATING set, Payload's adapters
// push nothing, so every table the shop uses below must come from a migration.
const kind = databaseKind(process.env.DATABASE_URL)
const migrations = (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as Migration[]

describe.skipIf(kind === 'mongodb')('migrations: the production schema', () => {
  let payload: Payload

  beforeAll(async () => {
    process.env.PAYLOAD_MIGRATING = 'true'
    payload = await getTestPayload()
    delete process.env.PAYLOAD_MIGRATING
    await migrateSchema(payload)
  })

  it('has a migration for every schema change in the config', async () => {
    // What `payload migrate:create` would write now: the diff from the last committed snapshot.
    // Both SQL adapters are drizzle adapters (MongoDB skips this file).
    const db = payload.db as unknown as DrizzleAdapter
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = db.migrationDir
    const latest = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
    const pending = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    expect(
      pending,
      'schema changed without a migration: run npm run migrate:create -- <name>',
    ).toEqual([])
  })

  it('records every committed migration as run', async () => {
    const run = await payload.find({ collection: 'payload-migrations', limit: 100, depth: 0 })
    expect(run.docs.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('runs the shop on the migrated schema: seed, then an order with its snapshots', async () => {
    await seedDatabase(payload, { mode: 'demo', productLimit: 2 })
    const customer = (await payload.find({ collection: 'customers', limit: 1 })).docs[0]
    const products = (await payload.find({ collection: 'products', limit: 2, depth: 0 })).docs
    const order = await payload.create({
      collection: 'orders',
      overrideAccess: false,
      user: { ...customer, collection: 'customers' },
      data: {
        items: products.map((p) => ({ product: p.id, quantity: 1, size: p.sizes?.[0] })),
        customerSnapshot: {
          phone: '98765 43210',
          address: '12 MG Road, Jaipur',
          pincode: '302001',
        },
      } as any,
    })
    expect(order.orderId).toMatch(/^\d{8,}$/)
    const stored = await payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect(stored.items?.map((i) => i.productSnapshot?.name)).toEqual(products.map((p) => p.name))
    expect(stored.status).toBe('ordered')
    expect(stored.totalAmount).toBeGreaterThan(0)
  })
})
