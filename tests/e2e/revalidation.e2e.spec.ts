import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, demoPeople, launchBrowser, newContext, tokenFor } from '../helpers/e2eBrowser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const rest = async (
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
) => {
  const res = await fetch(`${baseURL()}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  expect(res.status).toBe(200)
  return res.json()
}

describe('storefront: staff edits appear without a rebuild', () => {
  it('shows a product renamed over REST on its page and in search, within seconds', async () => {
    const token = await tokenFor(demoPeople.admin)
    const { docs } = await rest(
      '/api/products?where[metal][equals]=silver&sort=-name&limit=1&depth=0',
      token,
    )
    const product = docs[0] as { id: number; slug: string; name: string }
    const context = await newContext(browser)
    const page = await context.newPage()

    // Render (and so cache) the page and a search first, so a stale cache would show.
    await page.goto(`/products/${product.slug}`)
    expect((await page.locator('h1').textContent())?.trim()).toBe(product.name)
    const renamed = `${product.name} Heritage Edition`
    await page.goto(`/products?q=${encodeURIComponent('Heritage Edition')}`)
    await page.locator('[data-testid=empty-state]').waitFor()

    await rest(`/api/products/${product.id}`, token, { method: 'PATCH', body: { name: renamed } })

    const started = Date.now()
    await expect
      .poll(
        async () => {
          await page.goto(`/products/${product.slug}`)
          return (await page.locator('h1').textContent())?.trim()
        },
        // The cached page has no time-based expiry, so only the hook's tag revalidation can
        // bring the new name; the limit is generous because `next dev` may recompile meanwhile.
        { timeout: 90_000, interval: 500 },
      )
      .toBe(renamed)
    console.log(`renamed product shown after ${Date.now() - started} ms`)
    await page.goto(`/products?q=${encodeURIComponent('Heritage Edition')}`)
    expect(await page.locator('[data-testid=product-grid] h3').allTextContents()).toEqual([renamed])
    await context.close()
  })

  it('refreshes the rates an admin sets', async () => {
    const token = await tokenFor(demoPeople.admin)
    const before = await (await fetch(`${baseURL()}/rates`)).json()
    const gold = (before.gold as number) + 111
    await rest('/api/globals/rates', token, {
      method: 'POST',
      body: { gold, silver: before.silver },
    })
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    const shown = new Intl.NumberFormat('en-IN').format(gold)
    expect(await page.locator('[data-testid=rates]').textContent()).toContain(shown)
    await context.close()
  })
})
