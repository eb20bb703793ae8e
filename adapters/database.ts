import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

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

/** The database adapter `DATABASE_URL` calls for: SQLite (default), PostgreSQL or MongoDB. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: url,
          // Headroom over pg's 10 for bursts of writes, each holding a connection for its transaction.
          max: Number(process.env.DATABASE_POOL_MAX) || 20,
          // A request waits at most this long for a connection, then fails: should any path ever need
          // two connections at once again (see hooks/skipLockRead.ts), the server recovers.
          connectionTimeoutMillis: 30_000,
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
        busyTimeout: 15_000,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        afterSchemaInit: [indexSQLiteParents],
        logger: queryLogger(),
      })
  }
}

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
