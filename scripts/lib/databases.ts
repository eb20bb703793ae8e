import fs from 'fs'
import os from 'os'
import path from 'path'
import { randomBytes } from 'crypto'
import pg from 'pg'

/** Names this run's databases, so that cleaning up never touches another run's. */
const runId = () => (process.env.TEST_RUN_ID ||= Date.now().toString(36))

/**
 * A fresh, empty database for one test file or one test server: a temporary SQLite file by
 * default, or a new PostgreSQL database on the server `TEST_DATABASE_URL` points at.
 */
export const createFreshDatabase = async (
  label: string,
  server = process.env.TEST_DATABASE_URL,
): Promise<string> => {
  const name = `jct_${runId()}_${label}_${randomBytes(4).toString('hex')}`
  if (!server) return `file:${path.join(os.tmpdir(), `${name}.db`)}`
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Drops the databases a test run created: its SQLite files in the OS temp dir (with their -wal and
 * -shm) and, on `server`, its PostgreSQL databases. Left behind, a day of runs filled /tmp with
 * thousands of files.
 */
export const dropTestDatabases = async (server = process.env.TEST_DATABASE_URL): Promise<void> => {
  const prefix = `jct_${runId()}_`
  for (const file of fs.readdirSync(os.tmpdir()))
    if (file.startsWith(prefix)) fs.rmSync(path.join(os.tmpdir(), file), { force: true })
  if (!server) return
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`jct\\_${runId()}\\_%`],
    )
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
  } finally {
    await client.end()
  }
}
