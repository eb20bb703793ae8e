import nextEnv from '@next/env'
import { getPayload } from 'payload'

import { refuseUnsafeProductionSettings } from '@/adapters/production'
import { databaseKind } from '@/lib/databaseUrl'

import { seedDatabase } from './seed/seedDatabase'

nextEnv.loadEnvConfig(process.cwd())

/**
 * `npm run seed` (demo data) or `npm run seed -- --production` (admin, categories, rates, settings).
 * Demo data holds staff, vendor, karigar and customer accounts whose password is in the README, so
 * it goes only into a development SQLite database unless `--demo` says so on purpose.
 */
const mode = process.argv.includes('--production') ? 'production' : 'demo'
if (mode === 'production') refuseUnsafeProductionSettings()
const productionLike =
  process.env.NODE_ENV === 'production' || databaseKind(process.env.DATABASE_URL) !== 'sqlite'
if (mode === 'demo' && productionLike && !process.argv.includes('--demo')) {
  console.error(
    'Refusing to seed demo accounts (with the published demo password) into a production or server database.\n' +
      'Use `npm run seed -- --production` for a shop, or add `--demo` if this really is a demo.',
  )
  process.exit(2)
}
// Imported after .env is loaded: the config reads DATABASE_URL and friends when it is evaluated.
const { default: config } = await import('@payload-config')
const started = Date.now()
// The explicit seed prints its own progress; the first-start seed in onInit stays out of the way.
// A production database gets its schema from the committed migrations, as `next start` does: in
// development mode Payload would push the schema instead and mark the database as dev-pushed.
if (mode === 'production') Object.assign(process.env, { NODE_ENV: 'production' })
const payload = await getPayload({ config })
console.log(`Seeding ${mode} data…`)
const logins = await seedDatabase(payload, {
  mode,
  progress: (message) =>
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s  ${message}`),
})
console.log(
  `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Staff sign in at /admin; customers, vendors and goldsmiths via POST /api/<collection>/login:\n`,
)
for (const login of logins) {
  console.log(
    `  ${login.role.padEnd(18)} ${login.email.padEnd(30)} ${login.password}${login.note ? `  (${login.note})` : ''}`,
  )
}
process.exit(0)
