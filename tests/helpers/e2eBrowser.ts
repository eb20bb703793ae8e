import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

import { adminCredentials, demoPassword } from '@/scripts/seed/accounts'

/** The e2e server's origin, started by e2eSetup. */
export const baseURL = (): string => inject('baseURL')

/**
 * Debian's Chromium, headless. Playwright gives every launch a fresh temporary profile
 * (`--user-data-dir`), so no state leaks between runs.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

// `next dev` compiles a route on its first request and again after any source change, which can
// take tens of seconds on a busy machine; the generous limits keep that from failing a test.
const navigationTimeoutMs = 300_000

/** A fresh browser context (own cookies and storage) pointed at the e2e server. */
export const newContext = async (browser: Browser, viewport = { width: 1280, height: 900 }) => {
  const context = await browser.newContext({ baseURL: baseURL(), viewport })
  context.setDefaultNavigationTimeout(navigationTimeoutMs)
  // Generous: a page first visited under `next dev` compiles before it answers.
  context.setDefaultTimeout(180_000)
  return context
}

export type Person = { collection: 'users' | 'customers' | 'vendors'; email: string }

export const demoPeople = {
  admin: { collection: 'users', email: adminCredentials(false).email },
  customer: { collection: 'customers', email: 'priya@demo.local' },
  approvedVendor: { collection: 'vendors', email: 'approved.vendor@demo.local' },
} as const satisfies Record<string, Person>

/** Signs the context in over REST; Payload's Set-Cookie lands in the context's cookie jar. */
export const signIn = async (context: BrowserContext, person: Person) => {
  const res = await context.request.post(`/api/${person.collection}/login`, {
    data: { email: person.email, password: demoPassword },
    timeout: navigationTimeoutMs,
  })
  if (!res.ok()) throw new Error(`login ${person.email}: ${res.status()} ${await res.text()}`)
}

/** A JWT for REST calls made by the test itself (not the browser). */
export const tokenFor = async (person: Person): Promise<string> => {
  const res = await fetch(`${baseURL()}/api/${person.collection}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: demoPassword }),
  })
  if (!res.ok) throw new Error(`login ${person.email}: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/**
 * Waits until React has hydrated the page (its fiber keys appear on the DOM), so clicks run client
 * handlers and links navigate client-side instead of loading a new document.
 */
export const waitForHydration = (page: Page, selector = 'header a') =>
  page.waitForFunction((sel) => {
    const el = document.querySelector(sel)
    return Boolean(el && Object.keys(el).some((key) => key.startsWith('__reactFiber')))
  }, selector)

export type Captured = { url: string; contentType: string; body: string }

/**
 * Records the body of every response the page receives (documents, RSC payloads, JSON, scripts),
 * so a test can search everything that reached the browser.
 */
export const captureResponses = (page: Page): Captured[] => {
  const captured: Captured[] = []
  const pending: Promise<void>[] = []
  page.on('response', (response: Response) => {
    const contentType = response.headers()['content-type'] ?? ''
    if (/image|font|octet-stream/.test(contentType)) return
    pending.push(
      response
        .text()
        // Chromium sometimes cannot hand back a streamed body (RSC payloads read by a stream
        // reader); the same request is then replayed with this context's cookies and headers.
        .catch(() =>
          contentType.includes('text/x-component')
            ? page
                .context()
                .request.fetch(response.request())
                .then((replayed) => replayed.text())
            : null,
        )
        .then((body) => {
          if (body !== null) captured.push({ url: response.url(), contentType, body })
        })
        .catch(() => undefined),
    )
  })
  Object.defineProperty(captured, 'settled', { value: () => Promise.all(pending) })
  return captured
}

/** Waits for every captured body to be read. */
export const settled = (captured: Captured[]) =>
  (captured as Captured[] & { settled: () => Promise<unknown> }).settled()

/** One Chromium for the whole test file: launched before its tests, closed after them. */
export const browserPerFile = (): (() => Browser) => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser!
}
