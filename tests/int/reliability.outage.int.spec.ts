import { execFileSync, spawn, type ChildProcess } from 'child_process'
import { randomBytes } from 'crypto'
import fs from 'fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { freePort, throwawaySecret } from '@/scripts/lib/nextServer'

import { signUpOwner, startOwnServer } from '../helpers/ownServer'
import { testPassword } from '../helpers/people'

/*
 * The database goes away under a running server: every request must fail fast with a 503 that
 * says so (the client's own deadline below is the 5 seconds: a hang fails the test), and
 * service must come back by itself when the database does. Each part runs its own server.
 * Figures (503 latency, recovery time) are printed, not asserted.
 */

const clientDeadlineMs = 5_000
const scrapeToken = `outage-${randomBytes(8).toString('hex')}`

type Answer = { status: number; body: any; ms: number }

const caller = (server: () => NextServer) => {
  const call = async (
    path: string,
    init: { token?: string; body?: unknown } = {},
  ): Promise<Answer> => {
    const started = performance.now()
    const res = await fetch(`${server().url}${path}`, {
      method: init.body ? 'POST' : 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(clientDeadlineMs),
    })
    const text = await res.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // kept as text: an HTML error page would show here
    }
    return { status: res.status, body, ms: Math.round(performance.now() - started) }
  }
  return call
}

/** The clear 503 every API request gets while the database is away. */
const expectOutageAnswer = (answer: Answer) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503)
  expect(answer.body.errors[0].message).toMatch(/database is unavailable/)
  expect(JSON.stringify(answer.body)).not.toMatch(/stack|ECONN|SQLITE|at \w+ \(/)
}

/** Polls until `ok` holds; returns how long it took, in ms. */
const waitFor = async (ok: () => Promise<boolean>, seconds = 60) => {
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    if (await ok().catch(() => false)) return Math.round(performance.now() - started)
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`not back within ${seconds} s`)
}

const categoryBody = () => ({ name: `Outage ${randomBytes(4).toString('hex')}` })

describe('outage: SQLite locked by another process', () => {
  let server: NextServer
  let databaseUrl: string
  let owner: string
  let locker: ChildProcess | undefined
  const call = caller(() => server)

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase('outage', '')
    server = await startOwnServer('outage', databaseUrl)
    owner = await signUpOwner(server.url, testPassword)
  })
  afterAll(async () => {
    locker?.kill('SIGKILL')
    await server?.stop()
  })

  /** How many categories of this name another process finds in the database file. */
  const countByName = (name: string) =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { createClient } from '@libsql/client'
           const db = createClient({ url: process.env.LOCK_URL })
           const { rows } = await db.execute({ sql: 'SELECT count(*) AS n FROM categories WHERE name = ?', args: [process.env.NAME] })
           console.log(rows[0].n)`,
        ],
        { env: { ...process.env, LOCK_URL: databaseUrl, NAME: name }, encoding: 'utf8' },
      ).trim(),
    )

  /** Another process takes SQLite's write lock (BEGIN EXCLUSIVE, a write) and keeps it. */
  const lockDatabase = async () => {
    locker = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const db = createClient({ url: process.env.LOCK_URL })
         await db.execute('BEGIN EXCLUSIVE')
         await db.execute("UPDATE payload_migrations SET updated_at = updated_at")
         console.log('locked')
         setInterval(() => {}, 1000)`,
      ],
      { env: { ...process.env, LOCK_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise((resolve) => locker!.stdout!.once('data', resolve))
  }

  it('answers 503 to writes and health while locked, and recovers alone when released', async () => {
    expect((await call('/api/categories', { token: owner, body: categoryBody() })).status).toBe(201)
    expect((await call('/api/health')).status).toBe(200)
    await lockDatabase()

    const health = await call('/api/health')
    expect(health.status).toBe(503)
    expect(health.body.database).toMatchObject({ status: 'unavailable' })
    expect(health.body.database.reason).toMatch(/locked/)
    const write = await call('/api/categories', { token: owner, body: categoryBody() })
    expectOutageAnswer(write)
    // Readers never wait for the writer: the catalogue stays readable.
    expect((await call('/api/categories')).status).toBe(200)

    locker!.kill('SIGKILL')
    const recovered = categoryBody()
    const recoveryMs = await waitFor(
      async () => (await call('/api/categories', { token: owner, body: recovered })).status === 201,
    )
    const healthAfter = await call('/api/health')
    expect(healthAfter.status, JSON.stringify(healthAfter.body)).toBe(200)
    // Committed, not only answered: another process sees the write made after the lock.
    expect(countByName(recovered.name)).toBe(1)
    console.log(
      `SQLite lock: write answered 503 in ${write.ms} ms, health in ${health.ms} ms; writes back ${recoveryMs} ms after the lock was released`,
    )
  })

  it('answers 503 to every write on a database opened read-only, and serves reads', async () => {
    const readOnly = await startOwnServer('readonly', databaseUrl, {
      DATABASE_READ_ONLY: 'true',
      // The same secret, so the owner's session is good here too.
      PAYLOAD_SECRET: throwawaySecret('outage'),
    })
    try {
      const call = caller(() => readOnly)
      // Read-only by choice still serves the catalogue: healthy, and saying so.
      const health = await call('/api/health')
      expect(health.status).toBe(200)
      expect(health.body.database.status).toBe('read-only')
      expect((await call('/api/categories')).status).toBe(200)
      const login = await call('/api/users/me', { token: owner })
      expect(login.status).toBe(200)
      expectOutageAnswer(await call('/api/categories', { token: owner, body: categoryBody() }))
    } finally {
      await readOnly.stop()
    }
  })
})

/**
 * PostgreSQL in a throwaway cluster of its own on a free port (the shared one serves other files),
 * stopped and started under a running server. Runs where CI runs the suite on PostgreSQL.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('outage: PostgreSQL stopped and started', () => {
  const cluster = `jct_outage_${randomBytes(4).toString('hex')}`
  let server: NextServer
  let owner: string
  const call = caller(() => server)
  const pg = (...args: string[]) => execFileSync(args[0], args.slice(1), { stdio: 'pipe' })

  beforeAll(async () => {
    const port = String(await freePort())
    pg('pg_createcluster', '15', cluster, '-p', port)
    pg('pg_ctlcluster', '15', cluster, 'start')
    pg(
      'runuser',
      '-u',
      'postgres',
      '--',
      'psql',
      '-p',
      port,
      '-qc',
      "ALTER USER postgres PASSWORD 'postgres'",
    )
    server = await startOwnServer(
      'pg-outage',
      `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
      {
        METRICS_TOKEN: scrapeToken,
      },
    )
    owner = await signUpOwner(server.url, testPassword)
  })
  afterAll(async () => {
    await server?.stop()
    pg('pg_dropcluster', '--stop', '15', cluster)
  })

  it('answers 503 fast while the database is stopped, and recovers without a restart', async () => {
    expect((await call('/api/categories', { token: owner, body: categoryBody() })).status).toBe(201)
    pg('pg_ctlcluster', '--mode', 'fast', '15', cluster, 'stop')

    const health = await call('/api/health')
    expect(health.status).toBe(503)
    expect(health.body.database).toMatchObject({ status: 'unavailable' })
    const answers = [
      await call('/api/products'),
      await call('/api/orders', { token: owner }),
      await call('/api/categories', { token: owner, body: categoryBody() }),
    ]
    answers.forEach(expectOutageAnswer)

    // pg_ctlcluster returns once the cluster accepts connections; from then on the clock runs.
    pg('pg_ctlcluster', '15', cluster, 'start')
    const recoveryMs = await waitFor(
      async () =>
        (await call('/api/categories', { token: owner, body: categoryBody() })).status === 201,
    )
    expect((await call('/api/health')).status).toBe(200)
    const metrics = await fetch(`${server.url}/api/metrics`, {
      headers: { Authorization: `Bearer ${scrapeToken}` },
    }).then((r) => r.text())
    expect(metrics).toMatch(/http_server_errors_total\{route="\/api\/categories"\} [1-9]/)
    // A connection the stopping server dropped while idle in the pool is no unhandled error.
    expect(fs.readFileSync(server.logFile, 'utf8')).not.toContain('uncaughtException')
    console.log(
      `PostgreSQL stopped: 503 in ${[health, ...answers].map((a) => a.ms).join(', ')} ms; service back ${recoveryMs} ms after the cluster's start returned`,
    )
  })
})
