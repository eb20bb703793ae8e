import { performance } from 'perf_hooks'
import { pathToFileURL } from 'url'

export type Row = {
  name: string
  requests: number
  concurrency: number
  reqPerSec: number
  p50Ms: number
  p95Ms: number
}

type Options = { requests?: number; concurrency?: number; timeLimitMs?: number }

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

const round = (n: number) => Math.round(n * 10) / 10

const get = async (url: string) => {
  const res = await fetch(url, { redirect: 'manual' })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
}

/** Fires `requests` GETs at `url` from `concurrency` loops, stopping early at the time limit. */
const measure = async (
  name: string,
  url: string,
  { requests, concurrency, timeLimitMs }: Required<Options>,
): Promise<Row> => {
  const latencies: number[] = []
  let issued = 0
  const started = performance.now()
  const deadline = started + timeLimitMs
  const loop = async () => {
    while (issued < requests && performance.now() < deadline) {
      issued++
      const t = performance.now()
      await get(url)
      latencies.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsedS = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    name,
    requests: latencies.length,
    concurrency,
    reqPerSec: round(latencies.length / elapsedS),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
  }
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
  for (const [name, path] of targets) rows.push(await measure(name, `${base}${path}`, settings))
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
