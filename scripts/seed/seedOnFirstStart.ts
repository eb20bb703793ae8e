import type { Payload } from 'payload'

import { databaseKind } from '@/lib/databaseUrl'

/**
 * Fills an empty embedded database with demo data on first start, so that `npm run dev` on a fresh
 * clone shows a working shop. Never on PostgreSQL or MongoDB (a real server is never seeded behind
 * anyone's back), never in production (`next start`: demo people have known passwords; use
 * `npm run seed -- --production`), and off when `SEED_DEMO_ON_EMPTY=false` (tests).
 */
export const seedOnFirstStart = async (payload: Payload): Promise<void> => {
  if (
    process.env.SEED_DEMO_ON_EMPTY === 'false' ||
    process.env.NODE_ENV === 'production' ||
    databaseKind(process.env.DATABASE_URL) !== 'sqlite'
  )
    return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo data (once)…')
  // Loaded only when needed: the catalogue and image renderer stay out of every request's bundle.
  const { seedDatabase } = await import('./seedDatabase')
  const logins = await seedDatabase(payload, {
    mode: 'demo',
    progress: (m) => payload.logger.info(`seed: ${m}`),
  })
  for (const login of logins)
    payload.logger.info(`login ${login.role}: ${login.email} / ${login.password}`)
}
