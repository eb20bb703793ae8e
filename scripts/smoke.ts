/**
 * `npm run smoke:production`, after `next build`: `next start` on an empty database must build its
 * schema from the committed migrations (migrateSchema, on start) and serve the shop; on a database
 * development mode pushed a schema into, it must still serve (not wait on Payload's migration
 * prompt). SQLite, and PostgreSQL too when `TEST_DATABASE_URL` names a server.
 * `npm run smoke:dev`: `next dev` on an empty SQLite database serves the same, so the development
 * path keeps working while every other test runs the production build.
 * `npm run smoke:standalone`, after `npm run build`: the standalone build (`.next/standalone`, what
 * the Dockerfile ships) serves from its own folder, both as Next's `node server.js` and as the
 * image's `node server.mjs`: health, the storefront with its built assets and public files, the
 * admin. CI runs all three.
 */
import http from 'node:http'
import net from 'node:net'
import { getPayload } from 'payload'

import { createFreshDatabase, dropTestDatabases } from './lib/databases'
import type { NextServer } from './lib/nextServer'
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

/** The standalone folder serves alone: the page, a script it names and a public file. */
const checkStandaloneAssets = async (url: string) => {
  const home = await (await fetch(url, inTime())).text()
  const script = home.match(/\/_next\/static\/[^"']+\.js/)?.[0]
  if (!script) throw new Error('the storefront names no /_next/static script')
  await check(`GET ${script} (.next/static copied)`, fetch(`${url}${script}`, inTime()), 200)
  await check('GET /humans.txt (public/ copied)', fetch(`${url}/humans.txt`, inTime()), 200)
}

/** Whether a new TCP connection to the server is refused (its listener closed). */
const refusesConnections = async (url: string) => {
  const { hostname, port } = new URL(url)
  for (let i = 0; i < 100; i++) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(port), hostname)
      socket.once('connect', () => (socket.destroy(), resolve(false)))
      socket.once('error', () => resolve(true))
    })
    if (refused) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

/**
 * server.mjs on SIGTERM (docker stop, systemctl stop, a rolling restart): a request already in
 * flight is still answered, a new connection is refused, and the process then exits by itself.
 * The request is known to be in flight once the server has said `100 Continue` to its headers;
 * its body is sent only after the signal.
 */
const checkDrain = async (next: NextServer) => {
  const body = JSON.stringify({ query: '{ __typename }' })
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(`${next.url}/api/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    })
    req.on('continue', async () => {
      process.kill(-next.pid, 'SIGTERM')
      if (!(await refusesConnections(next.url)))
        reject(new Error('drain: still taking new connections after SIGTERM'))
      req.end(body)
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', (error) =>
      reject(new Error(`drain: the request in flight was cut off (${error.message})`)),
    )
  })
  const { status, text } = await answer
  if (status !== 200 || !text.includes('Query'))
    throw new Error(`drain: the request in flight got ${status}: ${text.slice(0, 200)}`)
  console.log('  ok  SIGTERM: the request in flight answered, new connections refused')
  const answered = Date.now()
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(next.pid, 0)
    } catch {
      console.log(`  ok  SIGTERM: the server exited by itself (${Date.now() - answered} ms later)`)
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('drain: the server did not exit within 30 s of SIGTERM')
}

const standalone = async () => {
  for (const entry of ['server.js', 'server.mjs'] as const) {
    console.log(`standalone build, node ${entry}, SQLite, empty`)
    const next = await startNextServer({
      databaseUrl: await createFreshDatabase('standalone', ''),
      mode: 'standalone',
      standaloneEntry: entry,
      env: { PAYLOAD_SECRET: throwawaySecret('smoke'), MEDIA_DIR: '.tmp/smoke-media' },
      label: 'standalone-server',
    })
    try {
      const health = await check('GET /api/health', fetch(`${next.url}/api/health`, inTime()), 200)
      if ((await health.json()).status !== 'ok') throw new Error('health: not ok')
      await check('GET / (storefront)', fetch(next.url, inTime()), 200)
      await checkStandaloneAssets(next.url)
      const admin = await check('GET /admin', fetch(`${next.url}/admin`, inTime()), 200)
      // What server.mjs adds to Next's server (the image runs it): every answer has a request id.
      if (entry === 'server.mjs') {
        if (!admin.headers.get('x-request-id')) throw new Error('server.mjs: no X-Request-Id')
        await checkDrain(next)
      }
    } finally {
      await next.stop()
    }
  }
}

if (process.argv[2] === 'standalone') {
  await standalone()
  process.exit(0)
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
