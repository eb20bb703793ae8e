import nextEnv from '@next/env'
import { getPayload } from 'payload'

import { seedDatabase } from './seed/seedDatabase'

nextEnv.loadEnvConfig(process.cwd())
// Imported after .env is loaded: the config reads DATABASE_URL and friends when it is evaluated.
const { default: config } = await import('@payload-config')

/** `npm run seed` (demo data) or `npm run seed -- --production` (admin, categories, rates, settings). */
const mode = process.argv.includes('--production') ? 'production' : 'demo'
const started = Date.now()
// The explicit seed prints its own progress; the first-start seed in onInit stays out of the way.
process.env.SEED_DEMO_ON_EMPTY = 'false'
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
