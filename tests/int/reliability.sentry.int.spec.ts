import http from 'http'
import type { AddressInfo } from 'net'
import path from 'path'
import { gunzipSync } from 'zlib'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/databaseUrl'
import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { api } from '../helpers/http'

/** Stands in for Sentry's ingest: keeps every envelope posted to it, as text. */
const startIngest = async () => {
  const envelopes: { path: string; text: string }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString()
      envelopes.push({ path: req.url ?? '', text })
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    envelopes,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The items of an envelope (a header line, then item header and payload lines), parsed. */
const eventsIn = (text: string) =>
  text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((item) => item.exception || item.event_id)

/**
 * Makes the `rates` table disappear under the running server, as a failed migration or a damaged
 * database would: the storefront's /rates route then throws while it reads them. A real server
 * error through a real route, with no route added for the test.
 */
const breakRatesTable = async (url: string) => {
  const statement = 'ALTER TABLE rates RENAME TO rates_lost'
  if (databaseKind(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(statement).finally(() => client.end())
    return
  }
  const client = createClient({ url: `file:${path.resolve(url.replace(/^file:/, ''))}` })
  await client.execute(statement).finally(() => client.close())
}

const secretToken = 'eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6InByaXlhQGRlbW8ubG9jYWwifQ.c2lnbmF0dXJl'
const personal = ['priya@demo.local', '98765 43210', secretToken, '203.0.113.77', 'Kiran Patel']

/**
 * Error tracking with a DSN set at run time on the production build: a thrown server error reaches
 * (a stand-in for) Sentry with nothing personal in it. Its own server: the shared one has no DSN.
 */
describe('reliability: error tracking (Sentry)', () => {
  let ingest: Awaited<ReturnType<typeof startIngest>>
  let server: NextServer
  let databaseUrl: string

  beforeAll(async () => {
    ingest = await startIngest()
    databaseUrl = await createFreshDatabase('sentry')
    server = await startNextServer({
      databaseUrl,
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: throwawaySecret('sentry'),
        MEDIA_DIR: '.tmp/sentry-media',
        SENTRY_DSN: ingest.dsn,
        TRUSTED_PROXY: '127.0.0.1',
      },
      label: 'sentry-server',
    })
  })
  afterAll(async () => {
    await server?.stop()
    await ingest?.stop()
  })

  it('reports a thrown server error with its route, and nothing personal', async () => {
    await breakRatesTable(databaseUrl)
    const res = await fetch(
      `${server.url}/rates?email=priya@demo.local&phone=98765%2043210&token=${secretToken}`,
      {
        headers: {
          Cookie: `payload-token=${secretToken}; name=Kiran Patel`,
          Authorization: `JWT ${secretToken}`,
          'X-Forwarded-For': '203.0.113.77',
        },
      },
    )
    expect(res.status).toBe(500)
    await expect
      .poll(() => ingest.envelopes.flatMap((e) => eventsIn(e.text)).length, { timeout: 30_000 })
      .toBeGreaterThan(0)
    const [event] = ingest.envelopes.flatMap((e) => eventsIn(e.text))
    expect(JSON.stringify(event.exception)).toMatch(/rates/)
    expect(event.request?.url ?? '').not.toContain('?')
    const everything = ingest.envelopes.map((e) => e.text).join('\n')
    for (const secret of personal) expect(everything, secret).not.toContain(secret)
    expect(everything).not.toContain('payload-token')
    expect(ingest.envelopes[0].path).toMatch(/^\/api\/1\/envelope\//)
  })

  it('tells pages the DSN through /api/viewer only when one is configured', async () => {
    const configured = await (await fetch(`${server.url}/api/viewer`)).json()
    expect(configured.sentryDsn).toBe(ingest.dsn)
    const unconfigured = await api('/api/viewer')
    expect(unconfigured.body).not.toHaveProperty('sentryDsn')
  })

  it('relays browser reports for the configured DSN through /monitoring, and nothing else', async () => {
    const before = ingest.envelopes.length
    const envelope = (dsn: string) =>
      `${JSON.stringify({ event_id: 'a'.repeat(32), dsn })}\n{"type":"event"}\n{"message":"browser"}\n`
    const relayed = await fetch(`${server.url}/monitoring`, {
      method: 'POST',
      body: envelope(ingest.dsn),
    })
    expect(relayed.status).toBe(200)
    expect(ingest.envelopes.length).toBe(before + 1)
    expect(ingest.envelopes.at(-1)!.text).toContain('"message":"browser"')
    const elsewhere = await fetch(`${server.url}/monitoring`, {
      method: 'POST',
      body: envelope('http://key@203.0.113.5/9'),
    })
    expect(elsewhere.status).toBe(400)
    expect(ingest.envelopes.length).toBe(before + 1)
    // Without a DSN there is nothing to relay to.
    expect((await api('/monitoring', { method: 'POST', body: {} })).status).toBe(404)
  })
})
