import fs from 'fs'
import path from 'path'
import { createClient, type Client } from '@libsql/client'
import pg from 'pg'

import type { BackupDialect } from '@/lib/backupManifest'
import { databaseKind, defaultDatabaseUrl } from '@/lib/databaseUrl'

import { runCommand } from './archive'

/** How `npm run backup` and `npm run restore` copy one kind of database in and out. */
export type DatabaseArchiver = {
  dialect: BackupDialect
  /** Where it is, for messages (no password). */
  label: string
  /**
   * Writes a consistent copy of the live database to `file` while the server keeps serving, and
   * returns the rows per table and the newest migration of exactly that copy.
   */
  snapshot: (file: string) => Promise<{ counts: Record<string, number>; migration: string | null }>
  /** Rows per table now; an empty object when the database has no tables. */
  counts: () => Promise<Record<string, number>>
  /** Removes every table (and the rest of the schema), for `restore --force`. */
  clear: () => Promise<void>
  /** Loads a copy made by `snapshot` into this (empty) database. */
  load: (file: string) => Promise<void>
}

const latestMigrationSql =
  'SELECT name FROM payload_migrations WHERE batch <> -1 ORDER BY name DESC LIMIT 1'

/** SQLite: `VACUUM INTO` copies it in one read transaction, so writers carry on meanwhile (WAL). */
const sqliteArchiver = (url: string): DatabaseArchiver => {
  const file = path.resolve(url.replace(/^file:/, ''))
  const open = (at = file) => createClient({ url: `file:${at}` })
  const countsOf = async (client: Client) => {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const counts: Record<string, number> = {}
    for (const { name } of tables.rows)
      counts[String(name)] = Number(
        (await client.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n,
      )
    return counts
  }
  const withClient = async <T>(at: string, work: (client: Client) => Promise<T>) => {
    const client = open(at)
    try {
      return await work(client)
    } finally {
      client.close()
    }
  }
  return {
    dialect: 'sqlite',
    label: file,
    snapshot: async (copy) => {
      if (!fs.existsSync(file)) throw new Error(`There is no SQLite database at ${file}.`)
      await withClient(file, async (client) => {
        // The server may hold the write lock for a moment; wait for it as the server's own clients do.
        await client.execute('PRAGMA busy_timeout = 15000')
        await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
      })
      return withClient(copy, async (client) => {
        const counts = await countsOf(client)
        const migration = counts.payload_migrations
          ? ((await client.execute(latestMigrationSql)).rows[0]?.name as string | undefined)
          : undefined
        return { counts, migration: migration ?? null }
      })
    },
    counts: async () => (fs.existsSync(file) ? withClient(file, countsOf) : {}),
    clear: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        fs.rmSync(file + suffix, { force: true })
    },
    load: async (copy) => {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      // Written beside the target and renamed: a restore cut short leaves no half-written database.
      const partial = `${file}.restoring`
      fs.copyFileSync(copy, partial)
      fs.renameSync(partial, file)
    },
  }
}

/**
 * PostgreSQL: `pg_dump` (custom format) reads a snapshot exported from a transaction in which the
 * counts and the migration are read too, so the manifest describes exactly what was dumped. The
 * password goes to pg_dump/pg_restore through PGPASSWORD, not their command line.
 */
const postgresArchiver = (url: string): DatabaseArchiver => {
  const withoutPassword = new URL(url)
  const password = decodeURIComponent(withoutPassword.password)
  withoutPassword.password = ''
  const toolEnv: Record<string, string> = password ? { PGPASSWORD: password } : {}
  const connect = async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    return client
  }
  const countsOf = async (client: pg.Client) => {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    const counts: Record<string, number> = {}
    for (const { tablename } of rows)
      counts[tablename] = Number(
        (await client.query(`SELECT count(*) AS n FROM public."${tablename}"`)).rows[0].n,
      )
    return counts
  }
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = await connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }
  return {
    dialect: 'postgres',
    label: withoutPassword.toString(),
    snapshot: (file) =>
      withClient(async (client) => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        try {
          const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
          const counts = await countsOf(client)
          const migration = counts.payload_migrations
            ? ((await client.query(latestMigrationSql)).rows[0]?.name ?? null)
            : null
          await runCommand(
            'pg_dump',
            [
              '--format=custom',
              `--snapshot=${rows[0].id}`,
              '--no-owner',
              '--no-privileges',
              `--file=${file}`,
              `--dbname=${withoutPassword}`,
            ],
            toolEnv,
          )
          return { counts, migration }
        } finally {
          await client.query('COMMIT')
        }
      }),
    counts: () => withClient(countsOf),
    clear: () =>
      withClient(async (client) => {
        await client.query('DROP SCHEMA public CASCADE')
        await client.query('CREATE SCHEMA public')
      }),
    load: (file) =>
      runCommand(
        'pg_restore',
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${withoutPassword}`,
          file,
        ],
        toolEnv,
      ),
  }
}

/** The archiver for `DATABASE_URL` (the app's own default when unset); MongoDB has none. */
export const databaseArchiver = (url = process.env.DATABASE_URL): DatabaseArchiver => {
  switch (databaseKind(url)) {
    case 'sqlite':
      return sqliteArchiver(url || defaultDatabaseUrl)
    case 'postgres':
      return postgresArchiver(url!)
    case 'mongodb':
      throw new Error(
        'npm run backup/restore copy SQLite and PostgreSQL; for MongoDB use mongodump.',
      )
  }
}
