import { createFreshDatabase } from '@/scripts/lib/databases'

// Runs before each integration test file, in its own worker: Local API tests get an empty database.
process.env.DATABASE_URL = await createFreshDatabase('local')
process.env.PAYLOAD_SECRET ||= 'test-secret'
process.env.MEDIA_DIR ||= '.tmp/test-media'
