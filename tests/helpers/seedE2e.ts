/**
 * Seeds the browser suite's database (the demo catalogue, 30 products) with the schema built from
 * the committed migrations, as a production install has it. Run by e2eSetup in a child process
 * (`tsx`), since the Payload config is loaded the way every other script loads it.
 */
import { getPayload } from 'payload'

import { seedDatabase } from '@/scripts/seed/seedDatabase'

Object.assign(process.env, { NODE_ENV: 'production' })
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
await seedDatabase(payload, { mode: 'demo', productLimit: 30 })
await payload.destroy()
process.exit(0)
