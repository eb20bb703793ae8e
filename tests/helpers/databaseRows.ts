import path from 'path'
import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind } from '@/lib/databaseUrl'

/** Every row of every table, keyed by table and then by `id`, each row as its JSON text. */
export type DatabaseRows = Record<string, Map<string, string>>

const byId = (rows: Record<string, unknown>[]) =>
  new Map(rows.map((row) => [String(row.id), JSON.stringify(row)]))

/**
 * Reads a whole database straight from SQLite or PostgreSQL, not through the app: what a backup and
 * a restore are compared by, record by record.
 */
export const readAllRows = async (url: string): Promise<DatabaseRows> => {
  const all: DatabaseRows = {}
  if (databaseKind(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      )
      for (const { tablename } of rows)
        all[tablename] = byId((await client.query(`SELECT * FROM "${tablename}"`)).rows)
    } finally {
      await client.end()
    }
    return all
  }
  const client = createClient({ url: `file:${path.resolve(url.replace(/^file:/, ''))}` })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables.rows) {
      const result = await client.execute(`SELECT * FROM "${name}"`)
      all[String(name)] = byId(
        result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))),
      )
    }
  } finally {
    client.close()
  }
  return all
}
