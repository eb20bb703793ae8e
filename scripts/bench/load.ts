import fs from 'fs'
import autocannon from 'autocannon'

/**
 * The load generator, in its own process so it never shares a CPU queue with what it measures:
 * `node --import tsx scripts/bench/load.ts plan.json` runs each row of the plan with autocannon
 * for a fixed time and prints one JSON result per line. bench.ts writes the plan and reads them.
 */

export type LoadRow = {
  name: string
  group: string
  method?: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
  /** Paths used once each, in turn (e.g. one order per transition); the last repeats if they run out. */
  paths?: string[]
}

export type LoadPlan = {
  url: string
  connections: number
  seconds: number
  /** A row whose single unloaded request takes longer than this is reported, not loaded. */
  skipSlowerThanMs: number
  rows: LoadRow[]
}

export type LoadResult = {
  name: string
  group: string
  connections: number
  seconds: number
  /** One request alone, before the load: the latency without queueing. */
  singleMs: number
  /** Set when the row was not loaded because one request alone was too slow. */
  skipped?: boolean
  requests: number
  reqPerSec: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  /** Connection errors and timeouts. */
  errors: number
  non2xx: number
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN

const round = (n: number) => Math.round(n * 10) / 10

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Waits until the static file answers quickly again: requests a slow row left behind (autocannon
// gives up on them, the server does not) must not be billed to the next row.
const waitUntilIdle = async (url: string) => {
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    const started = performance.now()
    await (await fetch(`${url}/humans.txt`)).arrayBuffer()
    if (performance.now() - started < 100) return
    await pause(1000)
  }
}

const runRow = async (plan: LoadPlan, row: LoadRow): Promise<LoadResult> => {
  const latencies: number[] = []
  let non2xx = 0
  let next = 0
  await waitUntilIdle(plan.url)
  const started = performance.now()
  const single = await fetch(`${plan.url}${row.paths?.[next++] ?? row.path}`, {
    method: row.method ?? 'GET',
    headers: row.headers,
    body: row.body,
    redirect: 'manual',
  })
  await single.arrayBuffer()
  const singleMs = round(performance.now() - started)
  if (singleMs > plan.skipSlowerThanMs) {
    const nothing = { requests: 0, reqPerSec: 0, p50Ms: NaN, p95Ms: NaN, p99Ms: NaN }
    const { name, group } = row
    const { connections, seconds } = plan
    return {
      name,
      group,
      connections,
      seconds,
      singleMs,
      skipped: true,
      ...nothing,
      errors: 0,
      non2xx: 0,
    }
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: plan.url,
        connections: plan.connections,
        duration: plan.seconds,
        timeout: 60,
        requests: [
          {
            method: row.method ?? 'GET',
            path: row.path,
            headers: row.headers,
            body: row.body,
            // Only when set: autocannon calls any setupRequest key, even an undefined one.
            ...(row.paths && {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                path: row.paths![Math.min(next++, row.paths!.length - 1)],
              }),
            }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    // Every response's own time, so p95 is exact (autocannon's summary has p90 and p97.5, no p95).
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode < 200 || statusCode > 299) non2xx++
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    name: row.name,
    group: row.group,
    connections: plan.connections,
    seconds: plan.seconds,
    singleMs,
    requests: latencies.length,
    reqPerSec: round(latencies.length / result.duration),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx,
  }
}

const plan = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadPlan
for (const row of plan.rows) console.log(JSON.stringify(await runRow(plan, row)))
