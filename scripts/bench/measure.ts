/** One benchmark row: throughput and latency of a request at a fixed concurrency. */
export type Row = {
  name: string
  requests: number
  concurrency: number
  reqPerSec: number
  p50Ms: number
  p95Ms: number
  errors: number
  /** The row this one is compared with; the table's default baseline when unset. */
  baseline?: string
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN

/**
 * Sends `requests` requests, `concurrency` at a time, and stops early after `maxSeconds` so a slow
 * machine never hangs the run. Only loopback URLs are ever passed in.
 */
export const measure = async (
  name: string,
  send: (i: number) => Promise<Response>,
  { requests = 200, concurrency = 8, maxSeconds = 60, ok = (r: Response) => r.ok } = {},
): Promise<Row> => {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const deadline = performance.now() + maxSeconds * 1000
  const started = performance.now()
  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      const i = next++
      const t = performance.now()
      try {
        const res = await send(i)
        await res.arrayBuffer()
        if (!ok(res)) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    name,
    requests: latencies.length,
    concurrency,
    reqPerSec: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    errors,
  }
}

/** Of several runs of the same benchmarks, each benchmark's median run by throughput. */
export const medianRows = (runs: Row[][]): Row[] =>
  runs[0].map(({ name }) => {
    const same = runs
      .map((rows) => rows.find((r) => r.name === name)!)
      .sort((a, b) => a.reqPerSec - b.reqPerSec)
    return same[Math.floor((same.length - 1) / 2)]
  })

/**
 * Prints rows as a fixed-width table, each with its throughput relative to its baseline row (its
 * own `baseline`, else `defaultBaseline`): API calls beside a trivial endpoint, pages beside a
 * static file from the same server.
 */
export const printTable = (rows: Row[], defaultBaseline: string) => {
  const baseOf = (r: Row) => rows.find((b) => b.name === (r.baseline ?? defaultBaseline))
  const header = [
    'benchmark',
    'requests',
    'conc',
    'req/s',
    'p50 ms',
    'p95 ms',
    'errors',
    'vs baseline',
    'baseline',
  ]
  const lines = rows.map((r) => [
    r.name,
    String(r.requests),
    String(r.concurrency),
    r.reqPerSec.toFixed(1),
    String(r.p50Ms),
    String(r.p95Ms),
    String(r.errors),
    baseOf(r) ? `${(r.reqPerSec / baseOf(r)!.reqPerSec).toFixed(2)}x` : '',
    r.baseline ?? defaultBaseline,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(fmt(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const line of lines) console.log(fmt(line))
}
