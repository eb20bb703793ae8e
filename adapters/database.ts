import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseKind, defaultDatabaseUrl } from '@/lib/databaseUrl'

/** The database adapter `DATABASE_URL` calls for: SQLite (default), PostgreSQL or MongoDB. */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({ pool: { connectionString: url } })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    case 'sqlite':
      return sqliteAdapter({ client: { url: url || defaultDatabaseUrl } })
  }
}
