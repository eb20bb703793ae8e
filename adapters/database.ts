import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseKind, defaultDatabaseUrl } from '@/lib/databaseUrl'

import { withSqliteConcurrency } from './sqliteConcurrency'

/** The database adapter `DATABASE_URL` calls for: SQLite (default), PostgreSQL or MongoDB. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({ pool: { connectionString: url } })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    case 'sqlite':
      return withSqliteConcurrency(
        sqliteAdapter({
          client: { url: url || defaultDatabaseUrl },
          // Payload leaves SQLite transactions off by default; an order and its notifications must
          // commit together, so they are on, with WAL (readers never wait for the writer) and a busy
          // timeout so concurrent writers queue instead of failing.
          transactionOptions: {},
          wal: true,
          busyTimeout: 15_000,
        }),
        { busyTimeoutMs: 15_000 },
      )
  }
}
