import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { firstLoadJs } from './bench/firstLoadJs'
import { machine, markdownTable, writeSection } from './bench/report'
import { createFreshDatabase } from './lib/databases'
import { startNextServer, throwawaySecret } from './lib/nextServer'

/**
 * `npm run lighthouse` (scripts/bench.sh builds first if needed): Lighthouse 12's default mobile
 * emulation on Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), median of
 * LIGHTHOUSE_RUNS (3) runs per page, against `next start` on a fresh SQLite database holding bench
 * data at LIGHTHOUSE_SCALE (0.1 = 1,000 products); plus each storefront route's first-load
 * JavaScript from the build's manifests. Prints both and writes them into bench/RESULTS.md.
 */
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3)
const scale = Number(process.env.LIGHTHOUSE_SCALE || 0.1)
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
// The performance score's parts, so a low score says why (TBT grows with the host's own load).
const metrics = [
  ['first-contentful-paint', 'FCP ms'],
  ['largest-contentful-paint', 'LCP ms'],
  ['total-blocking-time', 'TBT ms'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI ms'],
] as const
const secret = throwawaySecret('lighthouse')

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

const databaseUrl = await createFreshDatabase('lighthouse', undefined)
const media = path.resolve(`.tmp/lighthouse-media-${Date.now().toString(36)}`)
console.log(`Generating bench data at scale ${scale}…`)
await new Promise<void>((resolve, reject) =>
  spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/generate.ts', '--scale', String(scale)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: media,
        PAYLOAD_SECRET: secret,
        NODE_ENV: 'production',
        SERVER_URL: 'http://127.0.0.1',
      },
      stdio: 'inherit',
    },
  ).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generate exited ${code}`)))),
)
const server = await startNextServer({
  databaseUrl,
  mode: 'production',
  env: { MEDIA_DIR: media, PAYLOAD_SECRET: secret },
  label: 'lighthouse',
})
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
const rows: string[][] = []
try {
  const { docs } = (await (
    await fetch(`${server.url}/api/products?limit=1&depth=0&where[sku][like]=BN-`)
  ).json()) as { docs: { slug: string }[] }
  const pages: [string, string][] = [
    ['home', '/'],
    ['catalogue', '/products'],
    ['product page', `/products/${docs[0]!.slug}`],
  ]
  for (const [label, route] of pages) {
    // One unmeasured load fills the server's data cache, as a visitor after the first would find it.
    await (await fetch(`${server.url}${route}`)).arrayBuffer()
    const scores: Record<string, number[]> = {}
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${server.url}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      })
      for (const category of categories) {
        const score = result?.lhr.categories[category]?.score
        ;(scores[category] ??= []).push(Math.round((score ?? NaN) * 100))
      }
      for (const [audit] of metrics) {
        const value = result?.lhr.audits[audit]?.numericValue ?? NaN
        ;(scores[audit] ??= []).push(
          audit === 'cumulative-layout-shift' ? value : Math.round(value),
        )
      }
    }
    const row = [
      label,
      route,
      ...[...categories, ...metrics.map(([audit]) => audit)].map((c) => String(median(scores[c]!))),
    ]
    console.log(row.join('  '))
    rows.push(row)
  }
} finally {
  chrome.kill()
  await server.stop()
  fs.rmSync(media, { recursive: true, force: true })
  fs.rmSync(databaseUrl.slice('file:'.length), { force: true })
}

const js = firstLoadJs()
const jsTable = markdownTable(
  ['route', 'files', 'first-load JS (gzip)'],
  js.map((r) => [r.route, String(r.files), `${(r.gzipBytes / 1024).toFixed(1)} KiB`]),
)
console.log(`\n${jsTable}`)
writeSection(
  'lighthouse',
  [
    '## Lighthouse and first-load JavaScript',
    `Lighthouse 12.2.3, default mobile emulation, Chromium, median of ${runs} runs per page; \`next start\` on SQLite with bench data at scale ${scale}. ${machine()}.`,
    markdownTable(['page', 'route', ...categories, ...metrics.map(([, name]) => name)], rows),
    'First-load JavaScript per storefront route: the gzipped size of the chunks a first visit loads (the build manifest’s root files plus the route’s layout and page entries from its client reference manifest).',
    jsTable,
  ].join('\n\n'),
)
process.exit(0)
