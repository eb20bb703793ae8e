import type { TestProject } from 'vitest/node'

import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { createFreshDatabase, dropTestDatabases } from '@/scripts/lib/databases'
import type { Fixtures } from './fixtures'
import { callAt, createFixtures } from './fixtures'
import { shortenKeepAlive } from './shortKeepAlive'
import { startSmtpServer } from './smtpServer'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The test server's database, for tests that check what a request left in it. */
    databaseUrl: string
    fixtures: Fixtures
  }
}

/**
 * Starts the production build users run (`next start`; scripts/test.sh builds it first) on a fresh
 * database, with Payload's REST and GraphQL routes,
 * builds the shared fixtures over HTTP, and hands the URL and fixture ids to the test files.
 */
export default async function setup(project: TestProject) {
  shortenKeepAlive()
  const media = `.tmp/test-media-${process.pid}`
  // A real SMTP server in this process; the test server mails it and drains its job queue every
  // two seconds, retrying a failed send after 1 s, 2 s, 4 s, …
  const smtp = await startSmtpServer('.tmp')
  const databaseUrl = await createFreshDatabase('http')
  const server = await startNextServer({
    databaseUrl,
    mode: 'production',
    distDir: testBuildDir(),
    env: {
      PAYLOAD_SECRET: throwawaySecret('http'),
      MEDIA_DIR: media,
      SMTP_URL: smtp.url,
      JOBS_AUTORUN_CRON: '*/2 * * * * *',
      // The concurrency and fuzz files queue thousands of emails: 20 a run left a later file's one
      // mail waiting minutes behind them (FIFO).
      JOBS_AUTORUN_LIMIT: '100',
      EMAIL_RETRY_DELAY_MS: '1000',
      // The tests stand in for many clients by sending X-Forwarded-For (helpers/clients.ts).
      TRUSTED_PROXY: '127.0.0.1',
      // Half the production default on purpose: an update path that needs a second connection while
      // it holds one in its transaction then locks up here, under the concurrency tests, first.
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '10',
    },
    label: 'test-server',
  })
  const teardown = async () => {
    await server.stop()
    await smtp.stop()
    const fs = await import('fs')
    fs.rmSync(media, { recursive: true, force: true })
    await dropTestDatabases()
  }
  try {
    project.provide('baseURL', server.url)
    project.provide('databaseUrl', databaseUrl)
    project.provide('smtp', smtp.files)
    project.provide('fixtures', await createFixtures(callAt(server.url)))
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
