import { spawn } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/databaseUrl'
import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { listFiles } from '@/scripts/lib/archive'
import { testClientAddress } from '../helpers/clients'
import type { DatabaseRows } from '../helpers/databaseRows'
import { readAllRows } from '../helpers/databaseRows'
import type { Fixtures } from '../helpers/fixtures'
import { createFixtures } from '../helpers/fixtures'
import { huidsFor } from '../helpers/huids'
import type { PersonKey } from '../helpers/people'

type Call = (
  p: string,
  init?: { method?: string; token?: string; body?: unknown; form?: FormData },
) => Promise<{ status: number; body: any }>

const callAt =
  (origin: () => string): Call =>
  async (p, init = {}) => {
    const headers: Record<string, string> = { 'X-Forwarded-For': testClientAddress() }
    if (init.token) headers.Authorization = `JWT ${init.token}`
    if (init.body !== undefined) headers['Content-Type'] = 'application/json'
    const res = await fetch(`${origin()}${p}`, {
      method: init.method ?? (init.body !== undefined || init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }

/** Runs `npm run backup` / `npm run restore`'s script as an operator would, against `env`. */
const runScript = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npx', ['tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })

/** Rewrites an archive's manifest or files, as damage or a newer app would leave it. */
const alterArchive = async (archive: string, out: string, change: (dir: string) => void) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'altered-'))
  const tar = (args: string[]) =>
    new Promise<void>((resolve, reject) =>
      spawn('tar', args).on('close', (code) => (code === 0 ? resolve() : reject(code))),
    )
  await tar(['-xzf', archive, '-C', dir])
  change(dir)
  await tar(['-czf', out, '-C', dir, '.'])
  fs.rmSync(dir, { recursive: true, force: true })
}

/** Opens a read transaction on a SQLite database and keeps it open until `end` (PostgreSQL: none). */
const holdReadTransaction = async (url: string) => {
  if (databaseKind(url) !== 'sqlite') return { end: async () => {} }
  const client = createClient({ url: `file:${path.resolve(url.replace(/^file:/, ''))}` })
  const transaction = await client.transaction('read')
  await transaction.execute('SELECT count(*) FROM orders')
  return {
    end: async () => {
      transaction.close()
      client.close()
    },
  }
}

// Rows a running shop rewrites in place: the order-number counter moves on with every order the
// load below places, so the copy holds some value between the one before and the one after.
const rewrittenInPlace = new Set(['counters'])

/**
 * A shop's whole state survives `npm run backup` taken while it serves orders, and `npm run
 * restore` into an empty database and media folder: every table, every row, every media byte.
 * Its own server on its own database: the copy is compared with everything in it.
 */
describe('reliability: backup and restore of a running shop', () => {
  const run = `${process.pid}-${Date.now().toString(36)}`
  const work = path.resolve(`.tmp/backup-test-${run}`)
  const sourceMedia = path.join(work, 'source-media')
  const targetMedia = path.join(work, 'target-media')
  const archive = path.join(work, 'shop.tar.gz')
  const secret = throwawaySecret('backup')
  let sourceDb: string
  let targetDb: string
  let source: NextServer
  let restored: NextServer | undefined
  let fixtures: Fixtures
  const call = callAt(() => source.url)
  const orders: Record<string, { id: number; orderId: string }> = {}
  let before: DatabaseRows
  let after: DatabaseRows
  let copy: DatabaseRows
  let backup: { code: number | null; output: string }
  let placedDuringBackup = 0
  const placedBeforeBackup: { id: number; orderId: string }[] = []

  const as = (who: PersonKey) => fixtures.tokens[who]
  const must = async (what: string, res: Promise<{ status: number; body: any }>) => {
    const { status, body } = await res
    if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body).slice(0, 500)}`)
    return body
  }
  const place = (who: PersonKey) =>
    must(
      `order by ${who}`,
      call('/api/orders', {
        token: as(who),
        body: {
          items: [{ product: fixtures.products[1].id, quantity: 1 }],
          customerSnapshot: { phone: '98765 43210', address: '7 Johari Bazaar, Jaipur' },
        },
      }),
    ).then(
      (body) =>
        body.doc as { id: number; orderId: string; items: { id: string; quantity: number }[] },
    )
  const move = (who: PersonKey, id: number, body: Record<string, unknown>) =>
    must(`${body.action} ${id}`, call(`/api/orders/${id}/transition`, { token: as(who), body }))

  beforeAll(async () => {
    fs.mkdirSync(work, { recursive: true })
    sourceDb = await createFreshDatabase('backup_source')
    targetDb = await createFreshDatabase('backup_target')
    source = await startNextServer({
      databaseUrl: sourceDb,
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: secret,
        MEDIA_DIR: sourceMedia,
        TRUSTED_PROXY: '127.0.0.1',
        // Job rows stay as queued, so a row the copy holds is one the shop held before or after.
        JOBS_AUTORUN: 'false',
      },
      label: 'backup-source-server',
    })
    fixtures = await createFixtures(call)

    // Media: two uploaded images, one shown by a product.
    const image = async (colour: string) => {
      const png = await sharp({
        create: { width: 64, height: 64, channels: 3, background: colour },
      })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: `Backup piece ${colour}` }))
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'piece.png')
      return (await must('upload', call('/api/media', { token: as('staff1'), form }))).doc
    }
    const shown = await image('#b8860b')
    await image('#c0c0c0')
    await must(
      'product image',
      call(`/api/products/${fixtures.products[0].id}`, {
        method: 'PATCH',
        token: as('staff1'),
        body: { images: [shown.id] },
      }),
    )
    // Rates history: two changes, each kept as a version.
    for (const gold of [7_100, 7_250])
      await must(
        'rates',
        call('/api/globals/rates', {
          token: as('admin1'),
          body: { gold, silver: 90 },
        }),
      )

    // An order in every status.
    const goldsmith = fixtures.ids.goldsmith1
    const steps: Record<string, [PersonKey, Record<string, unknown>][]> = {
      ordered: [],
      rejected: [['staff1', { action: 'reject', reason: 'Design not possible' }]],
      cancelled: [['customer1', { action: 'cancel' }]],
      accepted: [['staff1', { action: 'accept' }]],
      under_process: [
        ['staff1', { action: 'accept' }],
        ['staff1', { action: 'assign', goldsmith }],
      ],
      on_hold: [
        ['staff1', { action: 'accept' }],
        ['staff1', { action: 'assign', goldsmith }],
        ['staff1', { action: 'hold', reason: 'Waiting for the stone' }],
      ],
      completed: [
        ['staff1', { action: 'accept' }],
        ['staff1', { action: 'assign', goldsmith }],
        ['goldsmith1', { action: 'complete', note: 'Polished', noteVisibility: 'karigar' }],
      ],
      dispatched: [
        ['staff1', { action: 'accept' }],
        ['staff1', { action: 'assign', goldsmith }],
        ['goldsmith1', { action: 'complete' }],
        ['staff1', { action: 'dispatch', note: 'AWB 1234', noteVisibility: 'buyer' }],
      ],
      delivered: [
        ['staff1', { action: 'accept' }],
        ['staff1', { action: 'assign', goldsmith }],
        ['goldsmith1', { action: 'complete' }],
        ['staff1', { action: 'dispatch' }],
        ['staff1', { action: 'deliver' }],
      ],
    }
    for (const [status, moves] of Object.entries(steps)) {
      const order = await place(status === 'ordered' ? 'vendor1' : 'customer1')
      for (const [who, body] of moves)
        await move(
          who,
          order.id,
          body.action === 'dispatch' ? { ...body, huids: huidsFor(order) } : body,
        )
      orders[status] = order
    }
    before = await readAllRows(sourceDb)
    // A long read (a report, an export) holds SQLite's checkpoints back, so the orders acknowledged
    // next stay in the write-ahead log: a copy of the database file alone would miss them.
    const longRead = await holdReadTransaction(sourceDb)
    for (const who of ['customer2', 'vendor2'] as const) placedBeforeBackup.push(await place(who))

    // The backup, taken while buyers keep placing orders (the server is not stopped or paused).
    let backingUp = true
    const buyers = (['customer1', 'customer2', 'vendor1', 'vendor2'] as const).map(async (who) => {
      while (backingUp) {
        await place(who)
        if (backingUp) placedDuringBackup++
      }
    })
    backup = await runScript('backup', ['--out', archive], {
      DATABASE_URL: sourceDb,
      MEDIA_DIR: sourceMedia,
    })
    backingUp = false
    await Promise.all(buyers)
    await longRead.end()
    if (backup.code !== 0) throw new Error(`backup failed:\n${backup.output}`)
    after = await readAllRows(sourceDb)

    const restore = await runScript('restore', [archive], {
      DATABASE_URL: targetDb,
      MEDIA_DIR: targetMedia,
    })
    if (restore.code !== 0) throw new Error(`restore failed:\n${restore.output}`)
    copy = await readAllRows(targetDb)
  })

  afterAll(async () => {
    await source?.stop()
    await restored?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('backs up while the shop keeps taking orders', () => {
    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toMatch(/Copying the database|Dumping the database/)
    expect(placedDuringBackup).toBeGreaterThan(0)
    expect(fs.statSync(archive).size).toBeGreaterThan(0)
  })

  it('restores every table with every row it held when the copy was taken', () => {
    expect(Object.keys(copy).sort()).toEqual(Object.keys(after).sort())
    expect(copy.orders.size).toBeGreaterThanOrEqual(before.orders.size)
    for (const [table, rows] of Object.entries(copy)) {
      for (const [id, row] of rows) {
        const known = [before[table].get(id), after[table].get(id)]
        if (rewrittenInPlace.has(table)) expect(after[table].has(id), `${table} ${id}`).toBe(true)
        else expect(known, `${table} ${id}: a row the shop never held`).toContain(row)
      }
      // A row the shop held throughout, unchanged, must be in the copy as it was.
      for (const [id, row] of before[table])
        if (after[table].get(id) === row) expect(rows.get(id), `${table} ${id}`).toBe(row)
    }
  })

  it('holds every order acknowledged before the backup started', () => {
    for (const { id, orderId } of placedBeforeBackup)
      expect(JSON.parse(copy.orders.get(String(id)) ?? '{}').order_id, orderId).toBe(orderId)
  })

  it('copies each order placed during the backup whole or not at all', () => {
    const parentOf = (row: string) => String(JSON.parse(row)._parent_id)
    const orderOf = (row: string) => String(JSON.parse(row).order_id)
    const children = (rows: DatabaseRows, order: string) => ({
      items: [...rows.orders_items.values()].filter((r) => parentOf(r) === order).sort(),
      history: [...rows.orders_history.values()].filter((r) => parentOf(r) === order).sort(),
      notifications: [...rows.notifications.values()].filter((r) => orderOf(r) === order).sort(),
    })
    const during = [...copy.orders.keys()].filter((id) => !before.orders.has(id))
    for (const id of during) {
      const copied = children(copy, id)
      expect(copied, `order ${id}`).toEqual(children(after, id))
      expect(copied.items.length, `order ${id}`).toBeGreaterThan(0)
      expect(copied.notifications.length, `order ${id}`).toBeGreaterThan(0)
    }
  })

  it('holds orders in every status, notifications, audit entries and the rates history', () => {
    const statuses = new Set([...copy.orders.values()].map((row) => JSON.parse(row).status))
    for (const status of Object.keys(orders)) expect(statuses).toContain(status)
    expect(copy.notifications.size).toBeGreaterThan(0)
    expect(copy.audit_logs.size).toBeGreaterThan(0)
    expect(copy._rates_v.size).toBeGreaterThanOrEqual(2)
    expect(copy.media.size).toBe(2)
  })

  it('restores the media folder byte for byte', () => {
    const files = listFiles(sourceMedia)
    expect(files.length).toBeGreaterThan(2) // each image and its resized copies
    expect(listFiles(targetMedia)).toEqual(files)
    for (const file of files)
      expect(
        fs
          .readFileSync(path.join(targetMedia, file))
          .equals(fs.readFileSync(path.join(sourceMedia, file))),
        file,
      ).toBe(true)
  })

  it('refuses to restore over a database and media folder that are not empty, naming both', async () => {
    const again = await runScript('restore', [archive], {
      DATABASE_URL: targetDb,
      MEDIA_DIR: targetMedia,
    })
    expect(again.code).toBe(3)
    expect(again.output).toMatch(/Not restoring over existing data: the database .+ has \d+ tables/)
    expect(again.output).toContain(`the media folder ${targetMedia} has`)
    expect(again.output).toContain('--force')
  })

  it('replaces them with --force, to the same rows and files', async () => {
    const forced = await runScript('restore', [archive, '--force'], {
      DATABASE_URL: targetDb,
      MEDIA_DIR: targetMedia,
    })
    expect(forced.code, forced.output).toBe(0)
    expect(forced.output).toContain('--force: clearing the database')
    const again = await readAllRows(targetDb)
    for (const [table, rows] of Object.entries(copy))
      expect([...again[table].entries()], table).toEqual([...rows.entries()])
    expect(listFiles(targetMedia)).toEqual(listFiles(sourceMedia))
  })

  it('refuses an archive whose schema is newer than this app, or whose files were altered', async () => {
    const empty = {
      DATABASE_URL: await createFreshDatabase('backup_refused'),
      MEDIA_DIR: path.join(work, 'refused-media'),
    }
    const newer = path.join(work, 'newer.tar.gz')
    await alterArchive(archive, newer, (dir) => {
      const file = path.join(dir, 'manifest.json')
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
      fs.writeFileSync(file, JSON.stringify({ ...manifest, migration: '99991231_000000_future' }))
    })
    const refusedNewer = await runScript('restore', [newer], empty)
    expect(refusedNewer.code, refusedNewer.output).toBe(3)
    expect(refusedNewer.output).toContain('99991231_000000_future, newer than this app')

    const damaged = path.join(work, 'damaged.tar.gz')
    await alterArchive(archive, damaged, (dir) => {
      const [file] = listFiles(path.join(dir, 'media'))
      fs.appendFileSync(path.join(dir, 'media', file), 'x')
    })
    const refusedDamaged = await runScript('restore', [damaged], empty)
    expect(refusedDamaged.code, refusedDamaged.output).toBe(3)
    expect(refusedDamaged.output).toMatch(/media\/.+ does not match its checksum/)
    expect(Object.keys(await readAllRows(empty.DATABASE_URL))).toEqual([])
    expect(listFiles(empty.MEDIA_DIR)).toEqual([])
  })

  it('serves the restored shop: an order and an image read over REST', async () => {
    restored = await startNextServer({
      databaseUrl: targetDb,
      mode: 'production',
      distDir: testBuildDir(),
      env: { PAYLOAD_SECRET: secret, MEDIA_DIR: targetMedia, TRUSTED_PROXY: '127.0.0.1' },
      label: 'backup-restored-server',
    })
    const there = callAt(() => restored!.url)
    const login = await there('/api/users/login', {
      body: { email: 'admin1@test.example', password: 'Test-pass-2026' },
    })
    expect(login.status).toBe(200)
    const held = orders.on_hold
    const restoredOrder = (
      await there(`/api/orders/${held.id}?depth=0`, { token: login.body.token })
    ).body
    expect(restoredOrder.orderId).toBe(held.orderId)
    expect(restoredOrder.status).toBe('on_hold')
    const sourceOrder = (await call(`/api/orders/${held.id}?depth=0`, { token: as('admin1') })).body
    expect(restoredOrder).toEqual(sourceOrder)

    const product = (
      await there(`/api/products/${fixtures.products[0].id}?depth=1`, { token: login.body.token })
    ).body
    const file = new URL(product.images[0].url).pathname
    const image = await fetch(`${restored.url}${file}`)
    expect(image.status).toBe(200)
    const original = await fetch(`${source.url}${file}`)
    expect(
      Buffer.from(await image.arrayBuffer()).equals(Buffer.from(await original.arrayBuffer())),
    ).toBe(true)
  })
})
