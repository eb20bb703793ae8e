import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseKind, defaultDatabaseUrl } from '@/lib/databaseUrl'

/** The database adapter `DATABASE_URL` calls for: SQLite (default), PostgreSQL or MongoDB. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        // 20 rather than pg's 10: with 10 PATCHes of one collection in flight, Payload 3.90's update
        // path starved a pool of 10 (every connection idle in its transaction, waiting for an 11th).
        pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_MAX) || 20 },
      })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    case 'sqlite':
      // Payload's default for SQLite: no multi-statement transactions. With them on, libsql gives
      // each transaction its own connection, and Payload's few writes made outside a request's
      // transaction (session lists, reset throttles, job updates) then wait on that request's own
      // lock and fail after the busy timeout. Without them every statement runs on one connection,
      // in order, and each is atomic on its own (order IDs come from one upsert statement). PostgreSQL
      // and MongoDB keep full transactions: an order and its notifications commit together there.
      return sqliteAdapter({
        client: { url: url || defaultDatabaseUrl },
        // Readers never wait for the writer; other processes (a seed script) wait their turn.
        wal: true,
        busyTimeout: 15_000,
      })
  }
}
