/**
 * After a schema change, writes one migration per SQL dialect from the last committed snapshot:
 * `npm run migrate:create -- <name>`. Each dialect loads the config on a throwaway empty database,
 * so PostgreSQL needs a server: `MIGRATIONS_POSTGRES_URL`, by default the local one.
 */
import { spawnSync } from 'child_process'

import { createFreshDatabase, dropTestDatabases } from './lib/databases'

const name = process.argv[2]
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (letters, digits, - and _)')
  process.exit(2)
}
const postgresServer =
  process.env.MIGRATIONS_POSTGRES_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres'

const createFor = (dialect: string, databaseUrl: string) => {
  console.log(`\n${dialect}:`)
  const run = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  })
  if (run.status !== 0) throw new Error(`payload migrate:create failed for ${dialect}`)
}

try {
  createFor('SQLite', await createFreshDatabase('migrations', ''))
  createFor('PostgreSQL', await createFreshDatabase('migrations', postgresServer))
  console.log('\nNo new file for a dialect means its schema had no change. Commit migrations/.')
} finally {
  await dropTestDatabases(postgresServer)
}
