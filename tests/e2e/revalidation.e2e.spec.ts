import { expect, test } from '@playwright/test'

import { baseURL, demoPeople, tokenFor } from '../helpers/e2eBrowser'

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

test.describe('storefront: staff edits appear without a rebuild', () => {
  test('shows a product renamed over REST on its page and in search, within seconds', async ({
    page,
  }) => {
    const token = await tokenFor(demoPeople.admin)
    const { docs } = await rest(
      '/api/products?where[metal][equals]=silver&sort=-name&limit=1&depth=0',
      token,
    )
    const product = docs[0] as { id: number; slug: string; name: string }

    // Render (and so cache) the page and a search first, so a stale cache would show.
    await page.goto(`/products/${product.slug}`)
    await expect(page.locator('h1')).toHaveText(product.name)
    const renamed = `${product.name} Heritage Edition`
    await page.goto(`/products?q=${encodeURIComponent('Heritage Edition')}`)
    await expect(page.getByTestId('empty-state')).toBeVisible()

    await rest(`/api/products/${product.id}`, token, { method: 'PATCH', body: { name: renamed } })

    // The cached page has no time-based expiry, so only the hook's tag revalidation can bring the
    // new name; each attempt loads the page afresh.
    const started = Date.now()
    await expect(async () => {
      await page.goto(`/products/${product.slug}`)
      await expect(page.locator('h1')).toHaveText(renamed, { timeout: 1_000 })
    }).toPass({ timeout: 15_000 })
    test.info().annotations.push({
      type: 'revalidated',
      description: `renamed product shown after ${Date.now() - started} ms`,
    })
    await page.goto(`/products?q=${encodeURIComponent('Heritage Edition')}`)
    await expect(page.locator('[data-testid=product-grid] h3')).toHaveText([renamed])
  })

  test('refreshes the rates an admin sets', async ({ page }) => {
    const token = await tokenFor(demoPeople.admin)
    const before = await (await fetch(`${baseURL()}/rates`)).json()
    const gold = (before.gold as number) + 111
    await rest('/api/globals/rates', token, {
      method: 'POST',
      body: { gold, silver: before.silver },
    })
    await page.goto('/')
    await expect(page.getByTestId('rates')).toContainText(
      new Intl.NumberFormat('en-IN').format(gold),
    )
  })
})
