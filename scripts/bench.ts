import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'

import { benchLogins, benchSizes } from './bench/generate'
import type { LoadPlan, LoadResult, LoadRow } from './bench/load'
import { growthFromSections, loadTable, machine, writeSection } from './bench/report'
import { benchScaleOut, scaleOutRows } from './bench/scaleOut'
import { createFreshDatabase, dropTestDatabases } from './lib/databases'
import { startNextServer, throwawaySecret } from './lib/nextServer'

/**
 * `npm run bench` (scripts/bench.sh builds first if needed): for each database and data scale,
 * generates the data (scripts/bench/generate.ts), starts `next start` and drives it from a separate
 * process with autocannon (scripts/bench/load.ts), then prints the tables and writes them into
 * bench/RESULTS.md. Env: BENCH_SECONDS (per row, 10), BENCH_CONNECTIONS ('1,8,32'; at 1 only the
 * order rows run), BENCH_SCALES
 * ('1'), BENCH_SKIP_SLOWER_THAN_MS (3000: a row whose single request is slower is not loaded,
 * so one pathological query cannot stall the run for an hour), BENCH_DATABASE_URL or a postgres DATABASE_URL (adds PostgreSQL), BENCH_DATABASES
 * ('sqlite,postgres' to choose).
 */
const seconds = Number(process.env.BENCH_SECONDS || 10)
const skipSlowerThanMs = Number(process.env.BENCH_SKIP_SLOWER_THAN_MS || 3000)
// 1 connection measures the order rows alone (the issue's latency target is one order at a time).
const connectionLevels = (process.env.BENCH_CONNECTIONS || '1,8,32').split(',').map(Number)
const loadLevels = connectionLevels.filter((c) => c > 1)
const scales = (process.env.BENCH_SCALES || '1').split(',').map(Number)
const pgServer =
  process.env.BENCH_DATABASE_URL ||
  (/^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined)
const chosen = (process.env.BENCH_DATABASES || 'sqlite,postgres').split(',')
const databases = [
  { label: 'SQLite', key: 'sqlite', server: undefined as string | undefined },
  ...(pgServer ? [{ label: 'PostgreSQL', key: 'postgres', server: pgServer }] : []),
].filter((d) => chosen.includes(d.key))
const password = 'Demo-pass-2026'
const staticBaseline = 'static file (public/humans.txt)'
// The rows also measured one request at a time (BENCH_CONNECTIONS' 1).
const oneAtATime = [
  'POST /api/orders (vendor places an order)',
  'POST /api/orders?depth=0 (vendor places an order)',
  'POST /api/orders/:id/transition (staff accepts, each order once)',
]
const secret = throwawaySecret('bench')

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Runs a child to completion, its output passed through (or collected, for the load runner). */
const run = (args: string[], env: Record<string, string>, collect = false) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', collect ? 'pipe' : 'inherit', 'inherit'],
    })
    let out = ''
    child.stdout?.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })

const runLoad = async (plan: LoadPlan): Promise<LoadResult[]> => {
  const file = path.resolve(`.tmp/bench-plan-${process.pid}.json`)
  fs.writeFileSync(file, JSON.stringify(plan))
  const out = await run(['--import', 'tsx', 'scripts/bench/load.ts', file], {}, true).finally(() =>
    fs.rmSync(file, { force: true }),
  )
  return out
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LoadResult)
}

/** Payload's REST `where` as bracketed query parameters (`where[metal][equals]=gold`). */
const whereParams = (value: unknown, prefix = 'where'): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => whereParams(v, `${prefix}[${k}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

/** The storefront catalogue's query shapes (src/queries/products.ts) as REST product lists. */
const catalogueShapes = (categoryId: number): [string, Record<string, unknown>, string][] => {
  const featured = '-featured,-createdAt'
  const search = ['name', 'sku', 'tags', 'category.name'].map((f) => ({ [f]: { like: 'ring' } }))
  return [
    ['no filter, featured', {}, featured],
    ['category', { category: { equals: categoryId } }, featured],
    ['metal=gold', { metal: { equals: 'gold' } }, featured],
    ['purity=22K', { purity: { equals: '22K' } }, featured],
    [
      'weight 5–15 g',
      {
        and: [{ grossWeight: { greater_than_equal: 5 } }, { grossWeight: { less_than_equal: 15 } }],
      },
      featured,
    ],
    ['search "ring"', { or: search }, featured],
    ['sort newest', {}, '-createdAt'],
    ['sort name', {}, 'name'],
    ['sort weight-asc', {}, 'grossWeight,name'],
    ['sort weight-desc', {}, '-grossWeight,name'],
  ]
}

const json = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as Record<string, unknown>
}

const benchOne = async (db: (typeof databases)[number], scale: number) => {
  const databaseUrl = await createFreshDatabase(
    `bench_${String(scale).replace('.', '_')}`,
    db.server,
  )
  const media = path.resolve(`.tmp/bench-media-${db.key}-${scale}-${Date.now().toString(36)}`)
  const env = { DATABASE_URL: databaseUrl, MEDIA_DIR: media, PAYLOAD_SECRET: secret }
  const timings: Record<string, string> = {}

  let since = Date.now()
  console.log(`\n=== ${db.label}, scale ${scale}: generating data`)
  const openOrdersFile = path.resolve(`.tmp/bench-open-orders-${process.pid}.json`)
  await run(['--import', 'tsx', 'scripts/bench/generate.ts', '--scale', String(scale)], {
    ...env,
    BENCH_OPEN_ORDERS_FILE: openOrdersFile,
    NODE_ENV: 'production',
    SERVER_URL: 'http://127.0.0.1',
  })
  timings.generate = elapsed(since)
  const openOrders = JSON.parse(fs.readFileSync(openOrdersFile, 'utf8')) as number[]
  fs.rmSync(openOrdersFile)

  since = Date.now()
  const server = await startNextServer({
    databaseUrl,
    mode: 'production',
    env: { MEDIA_DIR: media, PAYLOAD_SECRET: secret },
    label: `bench-${db.key}`,
  })
  timings.start = elapsed(since)
  const results: LoadResult[] = []
  try {
    const base = server.url
    const tokens = Object.fromEntries(
      await Promise.all(
        Object.entries(benchLogins).map(async ([role, { collection, email }]) => {
          const body = await json(`${base}/api/${collection}/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email, password }),
          })
          return [role, body.token as string]
        }),
      ),
    ) as Record<keyof typeof benchLogins, string>
    const as = (role: keyof typeof benchLogins) => ({ Authorization: `JWT ${tokens[role]}` })
    const products = (await json(
      `${base}/api/products?limit=2&depth=0&where[sku][like]=BN-&where[status][equals]=published`,
    )) as { docs: { id: number; slug: string; category: number }[] }
    const [first, second] = products.docs
    if (!first || !second) throw new Error('No generated products to order')
    const orderBody = JSON.stringify({
      items: [
        { product: first.id, quantity: 2, notes: 'Engrave "A"' },
        { product: second.id, quantity: 1 },
      ],
      customerSnapshot: { address: '12 MG Road, Jaipur, Rajasthan', pincode: '302001' },
      instructions: 'Gift wrap, please',
    })
    const graphql = JSON.stringify({
      query:
        '{ Products(limit: 20, sort: "-featured") { totalDocs docs { id name slug metal purity grossWeight category { name slug } images { url alt } } } }',
    })
    const jsonPost = (headers: Record<string, string>, body: string) => ({
      method: 'POST' as const,
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    })
    const rows: LoadRow[] = [
      { group: 'main', name: staticBaseline, path: '/humans.txt' },
      { group: 'main', name: 'GET /api/health', path: '/api/health' },
      {
        group: 'main',
        name: 'GET /api/products?limit=20&depth=1',
        path: '/api/products?limit=20&depth=1',
      },
      {
        group: 'main',
        name: 'GET /api/products metal=gold sort=-grossWeight',
        path: `/api/products?limit=20&depth=1&sort=-grossWeight&${whereParams({ metal: { equals: 'gold' } }).join('&')}`,
      },
      {
        group: 'main',
        name: 'POST /api/graphql (products list)',
        path: '/api/graphql',
        ...jsonPost({}, graphql),
      },
      { group: 'main', name: 'home /', path: '/' },
      {
        group: 'main',
        name: 'catalogue /products?metal=gold&sort=weight-desc',
        path: '/products?metal=gold&sort=weight-desc',
      },
      { group: 'main', name: 'product page /products/<slug>', path: `/products/${first.slug}` },
      {
        group: 'main',
        name: 'karigar work list: GET /api/orders (goldsmith JWT)',
        path: '/api/orders?limit=20&depth=0',
        headers: as('goldsmith'),
      },
      {
        group: 'main',
        name: 'karigar work list: /account page (goldsmith JWT)',
        path: '/account',
        headers: as('goldsmith'),
      },
      {
        group: 'main',
        name: 'POST /api/orders (vendor places an order)',
        path: '/api/orders',
        ...jsonPost(as('vendor'), orderBody),
      },
      {
        // The same order answered unpopulated: what the response's depth-2 population costs.
        group: 'main',
        name: 'POST /api/orders?depth=0 (vendor places an order)',
        path: '/api/orders?depth=0',
        ...jsonPost(as('vendor'), orderBody),
      },
      {
        group: 'main',
        name: 'POST /api/orders/:id/transition (staff accepts, each order once)',
        path: '/api/orders/0/transition',
        ...jsonPost(as('staff'), JSON.stringify({ action: 'accept' })),
      },
      ...catalogueShapes(first.category).flatMap(([label, where, sort]): LoadRow[] => {
        const query = `/api/products?limit=20&depth=1&sort=${encodeURIComponent(sort)}${Object.keys(where).length ? `&${whereParams(where).join('&')}` : ''}`
        return [
          { group: 'shapes', name: `${label} (anonymous)`, path: query },
          { group: 'shapes', name: `${label} (staff)`, path: query, headers: as('staff') },
        ]
      }),
    ]
    // Every row once before measuring: fills caches and checks the row answers 2xx at all.
    for (const row of rows) {
      const res = await fetch(`${base}${row.path}`, {
        method: row.method ?? 'GET',
        headers: row.headers,
        body: row.path.endsWith('/transition') ? undefined : row.body,
        redirect: 'manual',
      })
      await res.arrayBuffer()
      if (!res.ok && !row.path.endsWith('/transition'))
        throw new Error(`${row.name} answered ${res.status} before the run`)
    }
    for (const connections of connectionLevels) {
      // The transition row accepts generated 'ordered' orders, each once (a move cannot repeat on
      // one order, and re-assigning one over and over would grow its history): each connection
      // level gets its own share. Asking the API for them instead took minutes on SQLite at ×1.
      const level = connectionLevels.indexOf(connections)
      const share = Math.floor(openOrders.length / connectionLevels.length)
      const ordered = openOrders.slice(level * share, (level + 1) * share)
      const planRows = rows
        .filter((r) =>
          connections === 1
            ? r.name === staticBaseline || oneAtATime.includes(r.name)
            : r.group === 'main' || connections === loadLevels[0],
        )
        .map((r) =>
          r.path.endsWith('/transition')
            ? { ...r, paths: ordered.map((id) => `/api/orders/${id}/transition`) }
            : r,
        )
      since = Date.now()
      console.log(`--- ${connections} connections, ${planRows.length} rows × ${seconds} s`)
      results.push(
        ...(await runLoad({ url: base, connections, seconds, skipSlowerThanMs, rows: planRows })),
      )
      timings[`${connections} connections`] = elapsed(since)
      report(db, scale, results, timings)
    }
    // Several instances need a shared database server: PostgreSQL only. BENCH_SCALE_OUT=false skips.
    if (db.key === 'postgres' && process.env.BENCH_SCALE_OUT !== 'false') {
      const connections = connectionLevels[connectionLevels.length - 1]!
      console.log(`--- one and two instances behind the proxy, ${connections} connections`)
      const markdown = await benchScaleOut({
        databaseUrl,
        env: { MEDIA_DIR: media, PAYLOAD_SECRET: secret },
        rows: rows.filter((r) => scaleOutRows.includes(r.name)),
        connections,
        seconds,
        skipSlowerThanMs,
        runLoad,
        heading: `## ${db.label}, scale ${scale}: one and two instances behind a proxy`,
      })
      writeSection(`${db.key}-scale-${scale}-instances`, markdown)
      console.log(`\n${markdown}\n`)
    }
  } finally {
    await server.stop()
    fs.rmSync(media, { recursive: true, force: true })
    if (databaseUrl.startsWith('file:')) {
      for (const suffix of ['', '-wal', '-shm'])
        fs.rmSync(`${databaseUrl.slice(5)}${suffix}`, { force: true })
    }
  }
  return { results, timings }
}

const sizesLine = (scale: number) => {
  const s = benchSizes(scale)
  return `${s.products.toLocaleString('en')} products in ${s.categories} categories, ${s.orders.toLocaleString('en')} orders, ${s.vendors} vendors, ${s.customers} customers, ${s.goldsmiths} goldsmiths`
}

/** Writes (and prints) the section of one database and scale: after every level, so a run cut short keeps what it measured. */
const report = (
  db: (typeof databases)[number],
  scale: number,
  results: LoadResult[],
  timings: Record<string, string>,
) => {
  const sections = connectionLevels.map((connections) => {
    const level = results.filter((r) => r.connections === connections)
    const main = level.filter((r) => r.group === 'main')
    const shapes = level.filter((r) => r.group === 'shapes')
    return [
      `### ${connections} connections`,
      loadTable(main, staticBaseline),
      ...(shapes.length
        ? [
            `#### Catalogue query shapes (GET /api/products?limit=20&depth=1, ${connections} connections)`,
            loadTable(
              [...main.filter((r) => r.name === staticBaseline), ...shapes],
              staticBaseline,
            ),
          ]
        : []),
    ].join('\n\n')
  })
  const markdown = [
    `## ${db.label}, scale ${scale}`,
    `${sizesLine(scale)}. \`next start\`, autocannon from a separate process over loopback, ${seconds} s per row. Machine: ${machine()}.`,
    `Timings: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    ...sections,
  ].join('\n\n')
  writeSection(`${db.key}-scale-${scale}`, markdown)
  console.log(`\n${markdown}\n`)
}

const started = Date.now()
try {
  for (const db of databases) {
    for (const scale of scales) await benchOne(db, scale)
    const growth = growthFromSections(db.key, db.label, sizesLine(1))
    if (growth) {
      writeSection(`${db.key}-growth`, growth)
      console.log(`\n${growth}\n`)
    }
  }
} finally {
  await dropTestDatabases(pgServer)
}
console.log(`Bench finished in ${elapsed(started)}; results in bench/RESULTS.md`)
process.exit(0)
