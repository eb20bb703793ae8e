import type { Locator, Page, Request } from '@playwright/test'
import { expect } from '@playwright/test'

import { baseURL } from './e2eBrowser'

/**
 * Clicks until `shows` appears: Payload's admin has no hydration marker, and a click on its server
 * HTML before React takes over does nothing.
 */
export const clickUntil = async (target: Locator, shows: Locator) =>
  expect(async () => {
    await target.click()
    await expect(shows).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })

/**
 * Payload's admin asks the server for the form's state (a POST to the admin page) after a change,
 * and a click that lands while one is in flight can be lost when its answer replaces the form.
 * `settled()` resolves once a request has started since the last call and none has been in flight
 * for half a second. (`waitForLoadState('networkidle')` cannot do this: it resolves at once on a
 * page that has already loaded.)
 */
export const watchFormState = (page: Page) => {
  const isFormState = (request: Request) =>
    request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/admin')
  let started = 0
  let inFlight = 0
  let quietSince = Date.now()
  page.on('request', (request) => {
    if (!isFormState(request)) return
    started += 1
    inFlight += 1
  })
  const finished = (request: Request) => {
    if (!isFormState(request)) return
    inFlight -= 1
    quietSince = Date.now()
  }
  page.on('requestfinished', finished)
  page.on('requestfailed', finished)
  let seen = 0
  return {
    settled: async () => {
      await expect
        .poll(() => started > seen && inFlight === 0 && Date.now() - quietSince > 500, {
          timeout: 30_000,
        })
        .toBe(true)
      seen = started
    },
  }
}

/**
 * Records every request the page makes to a host other than the app's own (a CDN script, a
 * gravatar, a font service): the admin must work offline and under a strict CSP.
 * `expectNone()` fails with the list of those requests.
 */
export const watchOutsideRequests = (page: Page) => {
  const ownOrigin = new URL(baseURL()).origin
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== ownOrigin) outside.push(`${request.method()} ${request.url()}`)
  })
  return {
    expectNone: () => expect(outside, 'requests to other hosts').toEqual([]),
  }
}
