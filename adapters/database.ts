import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import type pg from 'pg'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { noteDatabaseFailure } from '@/adapters/observability'
import { databaseKind, defaultDatabaseUrl, sqliteSynchronous } from '@/lib/databaseUrl'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { indexPostgresParents, indexSQLiteParents } from './parentIndexes'

// Development pushes the schema straight from the config; production (`next start`) builds it from
// these committed migrations (see migrateSchema). One folder per SQL dialect.
const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

/**
 * With `DATABASE_LOG_QUERIES=<file>`, every SQL statement is appended to that file, one JSON string a
 * line: how tests count a request's statements. Off by default (a synchronous write per statement).
 */
const queryLogger = (file = process.env.DATABASE_LOG_QUERIES) =>
  file
    ? { logQuery: (query: string) => fs.appendFileSync(file, `${JSON.stringify(query)}\n`) }
    : undefined

const milliseconds = (name: string, fallback: number) => Number(process.env[name]) || fallback

/** How long a request waits for a PostgreSQL connection before it fails with a 503. */
export const connectionWaitMs = () => milliseconds('DATABASE_CONNECT_TIMEOUT_MS', 30_000)

/**
 * `DATABASE_READ_ONLY=true`: the server reads but refuses every write with a 503 (a maintenance
 * window, a copy being inspected). The database itself refuses them, so no path can slip past.
 */
export const readOnlyDatabase = () => process.env.DATABASE_READ_ONLY === 'true'

/** The database adapter `DATABASE_URL` calls for: SQLite (default), PostgreSQL or MongoDB. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: url,
          // Headroom over pg's 10 for bursts of writes, each holding a connection for its transaction.
          max: Number(process.env.DATABASE_POOL_MAX) || 20,
          // A request waits at most this long for a connection, then fails with a 503: a database
          // that does not answer (or a path that ever needs two connections at once again, see
          // hooks/skipLockRead.ts) costs a client seconds, not a hang. pg counts a wait in the
          // pool's queue against the same limit, so it is long enough for a burst of writes on a
          // busy machine to queue rather than be refused (5 s refused a third of 320 orders at
          // once). A stopped server refuses at once anyway; the pool reconnects when it is back.
          connectionTimeoutMillis: connectionWaitMs(),
          // A statement the server runs longer than this is cancelled (a lock never released);
          // one whose answer never comes back over the network is given up by the client.
          statement_timeout: milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
          query_timeout: milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 15_000) + 5_000,
          keepAlive: true,
          ...(readOnlyDatabase() ? { options: '-c default_transaction_read_only=on' } : {}),
        },
        migrationDir: path.join(migrationsRoot, 'postgres'),
        afterSchemaInit: [indexPostgresParents],
        logger: queryLogger(),
      })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    case 'sqlite':
      // Payload's default for SQLite: no multi-statement transactions. With them on, libsql gives
      // each transaction its own connection, and Payload's few writes made outside a request's
      // transaction (session lists, reset throttles, job updates) then wait on that request's own
      // lock and fail after the busy timeout. Without them every statement runs on one connection,
      // in order, and each is atomic on its own (order IDs come from one upsert statement). PostgreSQL
      // and MongoDB keep full transactions. The writes that must be all or nothing (placing an order,
      // its transitions and edits) open one on SQLite too, on this same connection
      // (adapters/sqliteTransactions.ts): an order and its notifications commit together everywhere.
      return sqliteAdapter({
        client: { url: url || defaultDatabaseUrl },
        // Readers never wait for the writer; other processes (a seed script) wait their turn. Each
        // statement commits on its own, so with FULL every one waits for a disk flush (see
        // sqliteSynchronous for what NORMAL gives up).
        wal: { synchronous: sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS) },
        // A write waits this long for another process's lock, then fails with a 503. libsql waits
        // synchronously, holding up the whole server meanwhile: keep it short.
        busyTimeout: milliseconds('SQLITE_BUSY_TIMEOUT_MS', 3_000),
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        afterSchemaInit: [indexSQLiteParents],
        logger: queryLogger(),
      })
  }
}

/**
 * Run once at start: a PostgreSQL connection that drops while idle in the pool (the server stopped
 * or restarted) is logged instead of crashing the process on an unhandled 'error' event, and a
 * failed attempt to connect is noted on the request it served (adapters/observability.ts), since
 * Payload treats a signed-in client whose user could not be loaded as a guest. The pool makes new
 * connections by itself when the server is back. `DATABASE_READ_ONLY` on SQLite: see readOnlyDatabase.
 */
export const watchDatabase = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  if (pool) {
    pool.on('error', (err) => payload.logger.warn({ err }, 'An idle database connection failed.'))
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown
    // pg's own query() calls connect() with a callback; Payload's transactions without one.
    pool.connect = ((callback?: (err: Error | undefined, ...rest: unknown[]) => void) => {
      if (callback)
        return connect((err: Error | undefined, ...rest: unknown[]) => {
          if (err) noteDatabaseFailure()
          callback(err, ...rest)
        })
      return (connect() as Promise<unknown>).catch((err: unknown) => {
        noteDatabaseFailure()
        throw err
      })
    }) as typeof pool.connect
  }
  if (databaseKind(process.env.DATABASE_URL) === 'sqlite') await watchSqlite(payload)
}

type SqliteClient = {
  execute: (...args: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  transaction: (mode: string) => Promise<{ close: () => void }>
}

/**
 * libsql leaves a statement that failed on another process's lock (SQLITE_BUSY) un-reset, and its
 * transaction open: every later write on the connection then succeeds but never commits, and is
 * lost when the statement is collected (found by the outage test; a constraint error does not do
 * it). So after a lock timeout the connection is swapped for a fresh one (libsql opens it on next
 * use when a transaction takes the old one, whose close rolls it back) with Payload's settings
 * again. Statements run one at a time here, so nothing else was using it.
 */
const watchSqlite = async (payload: Payload) => {
  const adapter = payload.db as unknown as {
    client: SqliteClient
    busyTimeout: number
    wal?: { journalSizeLimit?: number; synchronous?: string } | false
  }
  const { client, wal } = adapter
  const execute = client.execute.bind(client)
  const transaction = client.transaction.bind(client)
  const settings = [
    `PRAGMA busy_timeout = ${adapter.busyTimeout}`,
    ...(wal ? [`PRAGMA journal_size_limit = ${wal.journalSizeLimit}`] : []),
    ...(wal ? [`PRAGMA synchronous = ${wal.synchronous}`] : []),
    ...(readOnlyDatabase() ? ['PRAGMA query_only = ON'] : []),
  ]
  const applySettings = async () => {
    for (const setting of settings) await execute(setting)
  }
  const reopen = async () => {
    ;(await transaction('deferred')).close()
    await applySettings()
    payload.logger.warn('The database was locked by another process: reopened its connection.')
  }
  for (const name of ['execute', 'batch'] as const) {
    const original = client[name].bind(client)
    client[name] = async (...args: unknown[]) => {
      try {
        return await original(...args)
      } catch (error) {
        if ((error as { code?: unknown }).code === 'SQLITE_BUSY') await reopen()
        throw error
      }
    }
  }
  await applySettings()
}

/** The names of the migrations this build ships for the configured database (none for MongoDB). */
export const shippedMigrations = (): string[] => {
  const kind = databaseKind(process.env.DATABASE_URL)
  if (kind === 'mongodb') return []
  return (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name)
}

/** The SQLite file `DATABASE_URL` names, for checks that need their own connection to it. */
export const sqliteFileUrl = (): string | null =>
  databaseKind(process.env.DATABASE_URL) === 'sqlite'
    ? process.env.DATABASE_URL || defaultDatabaseUrl
    : null

/**
 * Brings the database's schema up to the committed migrations: run on every production start, before
 * anything reads. Payload's own `prodMigrations` would stop at an interactive prompt on a database
 * that development mode pushed a schema into (the demo database, say): a server that hangs on its
 * first request. Such a database already has the config's schema, so it is left as it is, with a
 * warning. MongoDB needs no migrations.
 */
export const migrateSchema = async (payload: Payload): Promise<void> => {
  const kind = databaseKind(process.env.DATABASE_URL)
  if (kind === 'mongodb') return
  if (await wasPushedByDevelopment(payload)) {
    payload.logger.warn(
      "This database's schema was pushed by development mode, so migrations are not applied to it. Run production on its own database.",
    )
    return
  }
  const migrations = kind === 'postgres' ? postgresMigrations : sqliteMigrations
  await payload.db.migrate({ migrations: migrations as Migration[] })
}

const wasPushedByDevelopment = async (payload: Payload) => {
  try {
    const { totalDocs } = await payload.count({
      collection: 'payload-migrations',
      where: { batch: { equals: -1 } },
    })
    return totalDocs > 0
  } catch {
    return false // no migrations table yet: an empty database
  }
}
