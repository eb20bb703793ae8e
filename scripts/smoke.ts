/**
 * `npm run smoke:production`, after `next build`: `next start` on an empty database must build its
 * schema from the committed migrations (migrateSchema, on start) and serve the shop; on a database
 * development mode pushed a schema into, it must still serve (not wait on Payload's migration
 * prompt). SQLite, and PostgreSQL too when `TEST_DATABASE_URL` names a server.
 * `npm run smoke:dev`: `next dev` on an empty SQLite database serves the same, so the development
 * path keeps working while every other test runs the production build. CI runs both.
 */
import { getPayload } from 'payload'

import { createFreshDatabase, dropTestDatabases } from './lib/databases'
import { startNextServer, throwawaySecret } from './lib/nextServer'

// A request that never answers fails the check instead of holding up CI.
const inTime = () => ({ signal: AbortSignal.timeout(120_000) })

const check = async (label: string, response: Promise<Response>, expected: number) => {
  const res = await response
  if (res.status !== expected) {
    throw new Error(
      `${label}: expected ${expected}, got ${res.status}: ${(await res.text()).slice(0, 500)}`,
    )
  }
  console.log(`  ok  ${label} (${res.status})`)
  return res
}

/** A database whose schema development mode pushed, as `npm run dev` leaves the demo database. */
const devPushedDatabase = async () => {
  const databaseUrl = await createFreshDatabase('smoke-dev', '')
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: throwawaySecret('smoke'),
  })
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await payload.destroy()
  return databaseUrl
}

const mode = process.argv[2] === 'dev' ? 'dev' : 'production'
const databases: [string, () => Promise<string>][] = [
  ['SQLite, empty', () => createFreshDatabase('smoke', '')],
]
const postgresServer = process.env.TEST_DATABASE_URL
if (mode === 'production') {
  databases.push(['SQLite, schema pushed by development mode', devPushedDatabase])
  if (postgresServer)
    databases.push(['PostgreSQL, empty', () => createFreshDatabase('smoke', postgresServer)])
}

try {
  for (const [label, database] of databases) {
    console.log(`${label}: next ${mode === 'dev' ? 'dev' : 'start'}`)
    const next = await startNextServer({
      databaseUrl: await database(),
      mode,
      env: { PAYLOAD_SECRET: throwawaySecret('smoke'), MEDIA_DIR: '.tmp/smoke-media' },
      label: 'smoke-server',
    })
    try {
      const categories = await check(
        'GET /api/categories',
        fetch(`${next.url}/api/categories`, inTime()),
        200,
      )
      if ((await categories.json()).totalDocs !== 0) throw new Error('expected no categories')
      await check('GET / (storefront)', fetch(next.url, inTime()), 200)
      await check('GET /admin (create the first admin)', fetch(`${next.url}/admin`, inTime()), 200)
      await check(
        'POST /api/customers (a buyer registers)',
        fetch(`${next.url}/api/customers`, {
          ...inTime(),
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: 'first.buyer@smoke.example',
            password: 'Smoke-test-2026',
            name: 'First Buyer',
            phone: '9876543210',
          }),
        }),
        201,
      )
    } finally {
      await next.stop()
    }
  }
} finally {
  await dropTestDatabases()
}
process.exit(0)
