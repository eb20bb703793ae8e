import { pathToFileURL } from 'url'

import { measure, type Row } from './bench/measure'

type Options = { requests?: number; concurrency?: number; timeLimitMs?: number }

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

const get = async (url: string) => {
  const res = await fetch(url, { redirect: 'manual' })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
}

/**
 * Storefront throughput and latency at a fixed concurrency: home, a filtered catalogue page and a
 * product page, beside a static file served by the same server as the baseline. Anonymous requests,
 * so it measures the cached public path. Loopback addresses only.
 */
export const benchStorefront = async (baseURL: string, options: Options = {}): Promise<Row[]> => {
  const settings = { requests: 200, concurrency: 8, timeLimitMs: 30_000, ...options }
  const origin = new URL(baseURL)
  if (!loopbackHosts.has(origin.hostname))
    throw new Error(`Refusing to benchmark ${origin.hostname}: loopback only`)
  const base = origin.origin
  const list = (await (
    await fetch(`${base}/api/products?limit=1&depth=0&sort=-featured`)
  ).json()) as {
    docs: { slug: string }[]
  }
  const slug = list.docs[0]?.slug
  if (!slug) throw new Error('No published product to benchmark; seed the database first')
  const targets: [string, string][] = [
    ['static file (baseline)', '/humans.txt'],
    ['home', '/'],
    ['catalogue (filtered)', '/products?metal=gold&sort=weight-asc&page=1'],
    ['product page', `/products/${slug}`],
  ]
  // First hits compile routes under `next dev` and fill the data cache; they are not measured.
  for (const [, path] of targets) for (let i = 0; i < 3; i++) await get(`${base}${path}`)
  const rows: Row[] = []
  for (const [name, path] of targets) {
    const row = await measure(name, () => fetch(`${base}${path}`, { redirect: 'manual' }), {
      requests: settings.requests,
      concurrency: settings.concurrency,
      maxSeconds: settings.timeLimitMs / 1000,
      ok: (res) => res.status === 200,
    })
    rows.push({ ...row, baseline: targets[0][0] })
  }
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.argv[2] || 'http://127.0.0.1:3000'
  benchStorefront(url)
    .then((rows) => console.table(rows))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
