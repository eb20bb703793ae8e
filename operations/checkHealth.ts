import type { Payload } from 'payload'
import { createClient } from '@libsql/client'

import { readOnlyDatabase, shippedMigrations, sqliteFileUrl } from '@/adapters/database'
import { isDatabaseUnavailable } from '@/lib/databaseErrors'
import { migrationState, type MigrationState } from '@/lib/health'
import packageJson from '@/package.json'

export type DatabaseHealth =
  | { status: 'ok' | 'read-only'; roundTripMs: number; migrations: MigrationState }
  | { status: 'unavailable'; reason: string }

export type Health = {
  status: 'ok' | 'read-only' | 'unavailable'
  version: string
  uptimeSeconds: number
  database: DatabaseHealth
}

// A health check answers within this, whatever the database does.
const checkTimeoutMs = 4_000

const withTimeout = <T>(work: Promise<T>) => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${checkTimeoutMs} ms`)),
        checkTimeoutMs,
      )
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * SQLite: readers never wait for a writer, so a read says nothing about another process holding
 * the write lock. A connection of its own asks for that lock without waiting (libsql would wait
 * synchronously, stopping the server), a few times, since our own transactions hold it for
 * milliseconds; another process's lock outlasts them.
 */
const sqliteWriteLockFree = async (url: string): Promise<boolean> => {
  const probe = createClient({ url })
  try {
    await probe.execute('PRAGMA busy_timeout = 0')
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await probe.execute('BEGIN IMMEDIATE')
        await probe.execute('ROLLBACK')
        return true
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    return false
  } finally {
    probe.close()
  }
}

const checkDatabase = async (payload: Payload): Promise<DatabaseHealth> => {
  const started = performance.now()
  try {
    const { docs } = await withTimeout(
      payload.find({
        collection: 'payload-migrations',
        pagination: false,
        depth: 0,
        select: { name: true, batch: true },
        overrideAccess: true,
      }),
    )
    const roundTripMs = Math.round((performance.now() - started) * 10) / 10
    const sqlite = sqliteFileUrl()
    // Read-only by choice (DATABASE_READ_ONLY) still serves the catalogue: healthy, and says so.
    const readOnly = readOnlyDatabase()
    if (sqlite && !readOnly && !(await sqliteWriteLockFree(sqlite)))
      return { status: 'unavailable', reason: 'locked by another process' }
    return {
      status: readOnly ? 'read-only' : 'ok',
      roundTripMs,
      migrations: migrationState(
        docs.map((d) => ({ name: String(d.name), batch: Number(d.batch) })),
        shippedMigrations(),
      ),
    }
  } catch (error) {
    const code = (error as { code?: unknown; cause?: { code?: unknown } }).code
    const causeCode = (error as { cause?: { code?: unknown } }).cause?.code
    return {
      status: 'unavailable',
      reason: isDatabaseUnavailable(error)
        ? `not reachable (${String(causeCode ?? code ?? 'no answer')})`
        : 'query failed',
    }
  }
}

/** What /api/health reports: the database's state and round trip, uptime and version. */
export const checkHealth = async (payload: Payload): Promise<Health> => {
  const database = await checkDatabase(payload)
  return {
    status: database.status,
    version: packageJson.version,
    uptimeSeconds: Math.round(process.uptime()),
    database,
  }
}
