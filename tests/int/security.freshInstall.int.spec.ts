import { spawnSync } from 'child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { callServer } from '../helpers/http'

const password = 'Fresh-install-2026'

/**
 * A shop just installed: the production build on an empty database, as an attacker finds it before
 * the owner signs up. Its own server, because the shared test server's collections are not empty.
 */
describe('security: a fresh install', () => {
  let server: NextServer
  const call = callServer(() => server.url)

  beforeAll(async () => {
    server = await startNextServer({
      databaseUrl: await createFreshDatabase('fresh'),
      mode: 'production',
      distDir: testBuildDir(),
      env: { PAYLOAD_SECRET: throwawaySecret('fresh'), MEDIA_DIR: '.tmp/fresh-media' },
      label: 'fresh-server',
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  const attempts = {
    vendors: {
      email: 'mallory.vendor@evil.example',
      password,
      status: 'approved',
      businessName: 'Mallory Gold',
      ownerName: 'Mallory',
      phone: '9876543210',
      gstNumber: '27AAPFU0939F1ZV',
      city: 'Pune',
    },
    goldsmiths: {
      email: 'mallory.karigar@evil.example',
      password,
      name: 'Mallory',
      phone: '9876543210',
    },
    customers: { email: 'mallory@evil.example', password, name: 'Mallory', phone: '9876543210' },
  }

  for (const [collection, data] of Object.entries(attempts)) {
    it(`answers 404 to first-register and init on ${collection}, and creates nobody`, async () => {
      const registered = await call(`/api/${collection}/first-register`, data)
      expect(registered.status).toBe(404)
      expect(registered.body.token).toBeUndefined()
      expect((await call(`/api/${collection}/init`)).status).toBe(404)
    })
  }

  it('answers Not Found to GraphQL’s initialized query for customers, vendors and goldsmiths', async () => {
    for (const query of ['initializedCustomer', 'initializedVendor', 'initializedGoldsmith']) {
      const res = await call('/api/graphql', { query: `{ ${query} }` })
      expect(res.body.errors?.[0]?.message, query).toBe('Not Found')
      expect(res.body.data?.[query] ?? null, query).toBeNull()
    }
  })

  it('lets the owner create the first staff account once, always as an admin', async () => {
    expect((await call('/api/users/init')).body).toEqual({ initialized: false })
    const first = await call('/api/users/first-register', {
      email: 'owner@shop.example',
      password,
      name: 'Owner',
      role: 'staff',
    })
    expect(first.status).toBe(200)
    expect(first.body.user.role).toBe('admin')
    const second = await call('/api/users/first-register', {
      email: 'mallory.staff@evil.example',
      password,
      name: 'Mallory',
    })
    expect(second.status).toBe(403)
    expect(second.body.token).toBeUndefined()

    // Nobody got in anywhere while the collections were empty.
    for (const collection of ['vendors', 'goldsmiths', 'customers']) {
      const list = await call(`/api/${collection}?limit=1`, undefined, first.body.token)
      expect(list.body.totalDocs, collection).toBe(0)
    }
    const staff = await call('/api/users?limit=5', undefined, first.body.token)
    expect(staff.body.docs.map((u: { email: string }) => u.email)).toEqual(['owner@shop.example'])
  })

  it('counts failed sign-ins by the real peer: forged X-Forwarded-For or x-peer-address change nothing', async () => {
    const email = `buyer.${Date.now()}@fresh.example`
    const registered = await call('/api/customers', {
      email,
      password,
      name: 'Buyer',
      phone: '9876543210',
    })
    expect(registered.status).toBe(201)
    // No TRUSTED_PROXY here, as on a server facing the internet: every header below is the
    // client's own invention, each try claiming to be someone new.
    const loginAs = (i: number, pass: string) =>
      fetch(`${server.url}/api/customers/login`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': `203.0.113.${i}`,
          'X-Peer-Address': `198.51.100.${i}`,
        },
        body: JSON.stringify({ email, password: pass }),
      })
    for (let i = 0; i < 5; i++) expect((await loginAs(i, 'Wrong-pass-2026')).status).toBe(401)
    const sixth = await loginAs(5, password)
    expect(sixth.status).toBe(429)
    expect(sixth.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('security: production settings', () => {
  it('sends HSTS when the shop is served over https', async () => {
    const server = await startNextServer({
      databaseUrl: await createFreshDatabase('https'),
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: throwawaySecret('https'),
        SERVER_URL: 'https://shop.example',
        MEDIA_DIR: '.tmp/fresh-media',
      },
      label: 'https-server',
    })
    try {
      const res = await fetch(`${server.url}/api/health`)
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=63072000; includeSubDomains',
      )
    } finally {
      await server.stop()
    }
  })

  it('refuses to start next start with a short secret, naming it', async () => {
    await expect(
      startNextServer({
        databaseUrl: await createFreshDatabase('unsafe'),
        mode: 'production',
        distDir: testBuildDir(),
        env: { PAYLOAD_SECRET: 'short-secret', MEDIA_DIR: '.tmp/fresh-media' },
        label: 'unsafe-server',
      }),
    ).rejects.toThrow(/PAYLOAD_SECRET must be at least 32 characters/)
  })

  const seed = (args: string[], env: Record<string, string>) =>
    spawnSync('npx', ['tsx', 'scripts/seed.ts', ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    })

  it('refuses demo accounts on a PostgreSQL database without --demo', () => {
    const run = seed([], { DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/none' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Refusing to seed demo accounts/)
  })

  it('refuses demo accounts under NODE_ENV=production without --demo', () => {
    const run = seed([], { NODE_ENV: 'production', DATABASE_URL: 'file:/tmp/never-created.db' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Refusing to seed demo accounts/)
  })

  it('refuses the production seed without SERVER_URL or with the placeholder secret', () => {
    const run = seed(['--production'], {
      DATABASE_URL: 'file:/tmp/never-created.db',
      PAYLOAD_SECRET: 'change-me',
      SERVER_URL: '',
    })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/PAYLOAD_SECRET is a published placeholder/)
    expect(run.stderr).toMatch(/SERVER_URL must be set/)
  })
})
