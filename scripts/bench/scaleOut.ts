import type { LoadPlan, LoadResult, LoadRow } from './load'
import { loadTable, machine } from './report'
import { startNextServer } from '../lib/nextServer'
import { startRedisServer } from '../lib/redisServer'
import { startRoundRobinProxy } from '../lib/roundRobinProxy'

/** The rows measured behind the proxy: cheap, cached, a list query and a write. */
export const scaleOutRows = [
  'static file (public/humans.txt)',
  'GET /api/health',
  'product page /products/<slug>',
  'GET /api/products?limit=20&depth=1',
  'POST /api/orders?depth=0 (vendor places an order)',
]

/**
 * The same rows through the round-robin proxy (scripts/lib/roundRobinProxy.ts) to one instance and
 * then to two, both on the bench's PostgreSQL database and one Redis (page cache and throttles
 * shared, as two instances must run): the scaling factor on this machine. The proxy runs in the
 * bench's own process, the load in its own; on a machine with few cores the instances, the proxy,
 * the database and the load all share them, which the factor shows.
 */
export const benchScaleOut = async ({
  databaseUrl,
  env,
  rows,
  connections,
  seconds,
  skipSlowerThanMs,
  runLoad,
  heading,
}: {
  databaseUrl: string
  env: Record<string, string>
  rows: LoadRow[]
  connections: number
  seconds: number
  skipSlowerThanMs: number
  runLoad: (plan: LoadPlan) => Promise<LoadResult[]>
  heading: string
}): Promise<string> => {
  const redis = await startRedisServer('bench-redis')
  const servers: Awaited<ReturnType<typeof startNextServer>>[] = []
  try {
    for (const label of ['bench-instance-a', 'bench-instance-b'])
      servers.push(
        await startNextServer({
          databaseUrl,
          mode: 'production',
          env: { ...env, REDIS_URL: redis.url, TRUSTED_PROXY: '127.0.0.1' },
          label,
        }),
      )
    const results: LoadResult[] = []
    for (const count of [1, 2]) {
      const proxy = await startRoundRobinProxy(servers.slice(0, count).map((s) => s.url))
      try {
        const named = rows.map((row) => ({ ...row, name: `${row.name} (${count} behind proxy)` }))
        for (const row of named)
          await (await fetch(`${proxy.url}${row.path}`, { headers: row.headers })).arrayBuffer()
        results.push(
          ...(await runLoad({
            url: proxy.url,
            connections,
            seconds,
            skipSlowerThanMs,
            rows: named,
          })),
        )
      } finally {
        await proxy.stop()
      }
    }
    const factor = (name: string) => {
      const one = results.find((r) => r.name === `${name} (1 behind proxy)`)?.reqPerSec
      const two = results.find((r) => r.name === `${name} (2 behind proxy)`)?.reqPerSec
      return one && two ? `${name}: ×${(two / one).toFixed(2)}` : `${name}: –`
    }
    return [
      heading,
      `Two \`node server.mjs\` instances with Redis (REDIS_URL) behind the round-robin proxy of \`npm run test:scale\`, beside one instance behind the same proxy; ${connections} connections, ${seconds} s per row. Machine: ${machine()}.`,
      loadTable(results, `${scaleOutRows[0]} (1 behind proxy)`),
      `Scaling factor (requests per second, two instances over one): ${rows.map((r) => factor(r.name)).join('; ')}.`,
    ].join('\n\n')
  } finally {
    for (const server of servers) await server.stop()
    await redis.stop()
  }
}
