import http from 'http'
import type { AddressInfo } from 'net'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { baseURL } from '../helpers/e2eBrowser'

// The SDK's own name, which only its code carries.
const sdkMark = 'sentry.javascript'

/** What the page does about error tracking: whether it loaded the Sentry SDK, what it relayed. */
const watchErrorTracking = (page: Page) => {
  const bodies: Promise<string>[] = []
  const relayed: string[] = []
  page.on('response', (res) => {
    if (res.url().endsWith('.js')) bodies.push(res.text().catch(() => ''))
  })
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/monitoring') relayed.push(req.url())
  })
  const sdkLoaded = async () => (await Promise.all(bodies)).some((body) => body.includes(sdkMark))
  return { sdkLoaded, relayed }
}

const throwInPage = (page: Page) =>
  page.evaluate(() =>
    setTimeout(() => {
      throw new Error('Browser failure for priya@demo.local on 98765 43210')
    }),
  )

/**
 * The browser half of error tracking, on the production build: with SENTRY_DSN set when the server
 * starts, a page's uncaught error reaches (a stand-in for) Sentry through /monitoring, scrubbed;
 * without one, the SDK is never fetched.
 */
test.describe('error tracking in the browser', () => {
  const envelopes: string[] = []
  const ingest = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      envelopes.push(body)
      res.end('{}')
    })
  })
  let server: NextServer

  test.beforeAll(async () => {
    await new Promise<void>((resolve) => ingest.listen(0, '127.0.0.1', resolve))
    const { port } = ingest.address() as AddressInfo
    server = await startNextServer({
      databaseUrl: await createFreshDatabase('sentry_browser'),
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: throwawaySecret('sentry-browser'),
        MEDIA_DIR: '.tmp/sentry-browser-media',
        SENTRY_DSN: `http://public@127.0.0.1:${port}/1`,
      },
      label: 'sentry-browser-server',
    })
  })
  test.afterAll(async () => {
    await server?.stop()
    ingest.close()
  })

  test('reports a page’s uncaught error through /monitoring, with nothing personal', async ({
    page,
  }) => {
    const { sdkLoaded, relayed } = watchErrorTracking(page)
    await page.goto(`${server.url}/login`)
    const browserEvents = () => envelopes.filter((e) => e.includes('Browser failure'))
    await expect
      .poll(async () => {
        await throwInPage(page)
        return browserEvents().length
      })
      .toBeGreaterThan(0)
    expect(relayed.length).toBeGreaterThan(0)
    expect(await sdkLoaded()).toBe(true)
    const sent = browserEvents().join('\n')
    expect(sent).not.toContain('priya@demo.local')
    expect(sent).not.toContain('98765 43210')
  })

  test('fetches no error tracking code when no DSN is configured', async ({ page }) => {
    const { sdkLoaded, relayed } = watchErrorTracking(page)
    const viewer = page.waitForResponse((res) => res.url().endsWith('/api/viewer'))
    await page.goto(`${baseURL()}/login`)
    expect(await (await viewer).json()).not.toHaveProperty('sentryDsn')
    await throwInPage(page)
    await page.waitForLoadState('networkidle')
    expect(await sdkLoaded()).toBe(false)
    expect(relayed).toEqual([])
  })
})
