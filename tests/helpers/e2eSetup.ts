import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'

import { createFreshDatabase, dropTestDatabases } from '@/scripts/lib/databases'
import { freePort, startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { startSmtpServer } from './smtpServer'

/**
 * Playwright's global setup: a fresh database seeded with the demo catalogue, a real SMTP server,
 * then the production build (`next start`) serving it and mailing through it. The URL reaches the
 * tests as E2E_BASE_URL (see playwright.config.ts), the mailbox file as E2E_MAILBOX; the returned
 * function stops both servers and drops the database.
 */
export default async function setup() {
  fs.mkdirSync('.tmp', { recursive: true })
  const mediaDir = path.resolve(`.tmp/e2e-media-${process.pid}`)
  // The port comes first: the seed runs as production, which needs the shop's SERVER_URL.
  const port = await freePort()
  const env = {
    DATABASE_URL: await createFreshDatabase('e2e'),
    PAYLOAD_SECRET: throwawaySecret('e2e'),
    SERVER_URL: `http://127.0.0.1:${port}`,
    MEDIA_DIR: mediaDir,
  }
  execFileSync('npx', ['tsx', 'tests/helpers/seedE2e.ts'], {
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation --conditions=production`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 600_000,
  })
  const smtp = await startSmtpServer('.tmp')
  const server = await startNextServer({
    databaseUrl: env.DATABASE_URL,
    port,
    mode: 'production',
    distDir: testBuildDir(),
    env: { PAYLOAD_SECRET: env.PAYLOAD_SECRET, MEDIA_DIR: mediaDir, SMTP_URL: smtp.url },
    label: 'e2e-server',
  })
  process.env.E2E_BASE_URL = server.url
  process.env.E2E_MAILBOX = smtp.files.mailbox
  return async () => {
    await server.stop()
    await smtp.stop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
    await dropTestDatabases()
  }
}
