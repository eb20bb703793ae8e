import type { BrowserContext, Page, Response } from '@playwright/test'
import { expect } from '@playwright/test'

import { adminCredentials, demoAccounts, demoPassword } from '@/scripts/seed/accounts'

import { shortenKeepAlive } from './shortKeepAlive'

// The tests' own REST calls (fetch) in this worker: see shortKeepAlive for the ECONNRESET race.
shortenKeepAlive()

/** The e2e server's origin, set by e2eSetup before the workers start. */
export const baseURL = (): string => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through playwright')
  return url
}

export type Person = { collection: 'users' | 'customers' | 'vendors'; email: string }

export const demoPeople = {
  admin: { collection: 'users', email: adminCredentials(false).email },
  staff: { collection: 'users', email: demoAccounts.staff.email },
  customer: { collection: 'customers', email: 'priya@demo.local' },
  approvedVendor: { collection: 'vendors', email: 'approved.vendor@demo.local' },
} as const satisfies Record<string, Person>

/** The phone the storefront is checked on. */
export const phone = { width: 390, height: 844 }

/**
 * Signs the context in over REST; Payload's Set-Cookie lands in the context's cookie jar.
 * @returns the localStorage key of that account's cart (components/cart/cartStore.ts)
 */
export const signIn = async (context: BrowserContext, person: Person): Promise<string> => {
  const res = await context.request.post(`/api/${person.collection}/login`, {
    data: { email: person.email, password: demoPassword },
  })
  expect(res.ok(), `login ${person.email}: ${res.status()}`).toBe(true)
  const { user } = (await res.json()) as { user: { collection: string; id: number } }
  return `jewellery-cart:v2:${user.collection}:${user.id}`
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
 * The test's own REST call as `token`'s account (POST with a body, else GET, unless `method` says);
 * throws unless ok.
 */
export const rest = async (path: string, token: string, body?: unknown, method?: string) => {
  const res = await fetch(`${baseURL()}${path}`, {
    method: method ?? (body ? 'POST' : 'GET'),
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** Places an order for the demo customer over REST: one piece of the first product. */
export const placeDemoOrder = async () => {
  const token = await tokenFor(demoPeople.customer)
  const products = await (await fetch(`${baseURL()}/api/products?limit=1&depth=0`)).json()
  const res = await fetch(`${baseURL()}/api/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({
      items: [{ product: products.docs[0].id, quantity: 1, size: products.docs[0].sizes?.[0] }],
      customerSnapshot: { address: '7 MG Road, Pune, Maharashtra' },
    }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number; orderId: string } }).doc
}

/**
 * Waits until the storefront has hydrated (HydrationMarker sets `data-hydrated` on <html>), so a
 * click runs its client handler rather than landing on server HTML that does nothing yet.
 */
export const waitForHydration = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')

export type Captured = { url: string; contentType: string; body: string }

/**
 * Records the body of every response the page receives (documents, RSC payloads, JSON, scripts),
 * so a test can search everything that reached the browser. `settled()` waits for the bodies.
 */
export const captureResponses = (page: Page) => {
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
  return { captured, settled: () => Promise.all(pending) }
}
