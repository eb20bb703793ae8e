import fs from 'fs'
import path from 'path'
import { getPayload } from 'payload'

import { measure, medianRows, printTable, type Row } from './bench/measure'
import { startNextServer, throwawaySecret } from './lib/nextServer'
import { seedDatabase } from './seed/seedDatabase'

/**
 * `npm run bench`: order placement over HTTP beside a plain baseline (`GET /api/health`) on the same
 * server in the same run, then the storefront pages beside a static file. Uses `next start` when a
 * production build exists (`npm run build`), else `next dev`; the table says which.
 */
const runId = Date.now().toString(36)
const databaseUrl = `file:${path.resolve(`.tmp/bench-${runId}.db`)}`
const media = `.tmp/bench-media-${runId}`
const requests = Number(process.env.BENCH_REQUESTS || 200)
const concurrency = Number(process.env.BENCH_CONCURRENCY || 8)
// The machines are noisy: each benchmark runs this many times and the table shows the median run.
const runs = Number(process.env.BENCH_RUNS || 3)
const mode =
  fs.existsSync('.next/BUILD_ID') && process.env.BENCH_MODE !== 'dev' ? 'production' : 'dev'
const password = 'Bench-pass-2026'

fs.mkdirSync('.tmp', { recursive: true })
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  MEDIA_DIR: media,
})
process.env.PAYLOAD_SECRET ||= throwawaySecret('bench')
// A production seed needs the shop's origin; the server started below gets its own.
process.env.SERVER_URL ||= 'http://127.0.0.1'
// `next start` builds its schema from the migrations and stops on a database that development mode
// pushed a schema into, so a production bench seeds through the migrations too.
if (mode === 'production') Object.assign(process.env, { NODE_ENV: 'production' })

console.log(`Preparing a fresh SQLite database with demo data (${databaseUrl})…`)
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
await seedDatabase(payload, { mode: 'demo', productLimit: 24 })
const buyers = [
  'bench1@bench.local',
  'bench2@bench.local',
  'bench3@bench.local',
  'bench4@bench.local',
]
for (const email of buyers) {
  await payload.create({
    collection: 'customers',
    data: { email, password, name: 'Bench', phone: '9876543210' },
  })
}
const { docs: products } = await payload.find({ collection: 'products', limit: 5, depth: 0 })
await payload.destroy()

console.log(`Starting the server (next ${mode === 'production' ? 'start' : 'dev'})…`)
const server = await startNextServer({
  databaseUrl,
  mode,
  distDir: mode === 'production' ? '.next' : '.next-bench',
  env: { MEDIA_DIR: media, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET! },
  label: 'bench-server',
})
try {
  const tokens = await Promise.all(
    buyers.map(async (email) => {
      const res = await fetch(`${server.url}/api/customers/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      return ((await res.json()) as { token: string }).token
    }),
  )
  const order = (i: number) =>
    fetch(`${server.url}/api/orders`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `JWT ${tokens[i % tokens.length]}`,
      },
      body: JSON.stringify({
        items: [{ product: products[i % products.length].id, quantity: 1 + (i % 3) }],
        customerSnapshot: { address: '12 MG Road, Jaipur, Rajasthan', pincode: '302001' },
      }),
    })
  const health = () => fetch(`${server.url}/api/health`)

  console.log('Warming up…')
  await measure('warm-up', health, { requests: 20, concurrency: 2 })
  await measure('warm-up', order, { requests: 10, concurrency: 2, ok: (r) => r.status === 201 })

  const { benchStorefront } = await import('./bench-storefront')
  const allRuns: Row[][] = []
  for (let run = 1; run <= runs; run++) {
    console.log(`Run ${run} of ${runs}…`)
    allRuns.push([
      await measure('GET /api/health (baseline)', health, { requests, concurrency }),
      await measure('POST /api/orders', order, {
        requests,
        concurrency,
        ok: (r) => r.status === 201,
      }),
      ...(await benchStorefront(server.url)),
    ])
  }
  const rows = medianRows(allRuns)

  console.log(
    `\nnext ${mode === 'production' ? 'start' : 'dev'}, SQLite, median of ${runs} runs, ${new Date().toISOString()}`,
  )
  printTable(rows, 'GET /api/health (baseline)')
  const placed = rows.find((r) => r.name === 'POST /api/orders')!
  console.log(
    `\nOrder placement: ${placed.reqPerSec} orders/s, p50 ${placed.p50Ms} ms, p95 ${placed.p95Ms} ms at concurrency ${concurrency}.`,
  )
} finally {
  await server.stop()
  fs.rmSync(media, { recursive: true, force: true })
}
process.exit(0)
