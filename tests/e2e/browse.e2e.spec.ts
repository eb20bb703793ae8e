import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { baseURL, phone, waitForHydration } from '../helpers/e2eBrowser'

const cardNames = (page: Page) =>
  page.locator('[data-testid=product-grid] h3, [data-testid=product-list] h3')

test.describe('storefront: browsing', () => {
  test('goes from home to a category, filters, pages, opens a piece, its lightbox, and adds it to the cart', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByTestId('rates')).toHaveText(/Gold 24K ₹[\d,]+\/g/)

    await waitForHydration(page)
    await page
      .locator('main')
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: 'Rings', exact: true })
      .click()
    await expect(page).toHaveURL(/\/categories\/rings$/)
    await expect(page.locator('h1')).toHaveText('Rings')

    await page.locator('#filter-panel label', { hasText: 'Gold' }).click()
    await expect(page).toHaveURL(/\/categories\/rings\?metal=gold/)
    const eyebrows = page.locator('[data-testid=product-grid] .eyebrow')
    await expect(cardNames(page).first()).toBeVisible()
    await expect(eyebrows.first()).toBeVisible()
    await expect(eyebrows.filter({ hasNotText: /gold/i })).toHaveCount(0)

    await page.goto('/products')
    await waitForHydration(page)
    await expect(page.getByTestId('result-count')).toHaveText('1–20 of 30 pieces')
    await page.getByRole('link', { name: 'Page 2' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByTestId('result-count')).toHaveText('21–30 of 30 pieces')
    await expect(cardNames(page)).toHaveCount(10)

    const first = page.locator('[data-testid=product-grid] article').first()
    const name = (await first.locator('h3').textContent())!.trim()
    await first.locator('a').first().click()
    await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/)
    await expect(page.locator('h1')).toHaveText(name)
    await expect(page.getByTestId('specifications')).toContainText('Gross weight')

    await page.getByTestId('gallery-main').click()
    await expect(page.getByTestId('lightbox')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('lightbox')).toHaveCount(0)

    const size = page.locator('[data-testid=add-to-cart] select')
    if (await size.count()) await size.selectOption({ index: 1 })
    await page.locator('[data-testid=add-to-cart] textarea').fill('Matte finish, please')
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await expect(page.getByTestId('added-message')).toBeVisible()
    await expect(page.getByTestId('cart-count')).toHaveText('1')

    await page.goto('/cart')
    const items = page.locator('[data-testid=cart-items] li')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText(name)
    await expect(items.first()).toContainText('Matte finish, please')
  })

  test('suggests pieces while typing and opens the filtered catalogue on Enter', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForHydration(page)
    const box = page.getByRole('combobox').first()
    await box.fill('ring')
    await expect(page.getByRole('option').first()).toBeVisible()
    await box.press('Enter')
    await expect(page).toHaveURL(/\/products\?q=ring/)
    await expect(cardNames(page).first()).toBeVisible()
    await expect(page.locator('h1')).toContainText('ring')

    await page.goto('/products?q=unobtainium')
    await expect(page.locator('[data-testid=empty-state] h2')).toHaveText('Nothing quite matches')
  })

  test('restores the same view from a shared filter URL', async ({ browser, page }) => {
    const shared = '/products?metal=gold&sort=name&view=list'
    const api = await fetch(
      `${baseURL()}/api/products?where[metal][equals]=gold&sort=name&limit=20&depth=0`,
    )
    const expected = ((await api.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)
    expect(expected.length).toBeGreaterThan(0)

    await page.goto('/products')
    await waitForHydration(page)
    await page.locator('#filter-panel label', { hasText: 'Gold' }).click()
    await expect(page).toHaveURL(/metal=gold/)
    await page.getByLabel('Sort by').selectOption('name')
    await expect(page).toHaveURL(/sort=name/)
    await page.getByRole('link', { name: 'List view' }).click()
    await expect(page).toHaveURL(new URL(shared, baseURL()).href)

    // Someone else opens the link in a fresh browser and sees the same pieces in the same order.
    const second = await browser.newContext({ viewport: phone })
    const other = await second.newPage()
    await other.goto(shared)
    await expect(other.getByTestId('product-list')).toBeVisible()
    await expect(other.getByLabel('Sort by')).toHaveValue('name')
    await expect(other.locator('input[name=metal][value=gold]')).toBeChecked()
    await expect(cardNames(other)).toHaveText(expected)
    await expect(cardNames(page)).toHaveText(expected)
    await second.close()
  })
})

test.describe('storefront: copy that names the right metal', () => {
  for (const metal of ['silver', 'platinum'] as const) {
    test(`says a ${metal} piece is priced on the day’s ${metal} rate, not gold`, async ({
      page,
    }) => {
      const res = await fetch(
        `${baseURL()}/api/products?limit=1&depth=0&where[metal][equals]=${metal}`,
      )
      // The 30 seeded pieces include both (scripts/seed/catalogue.ts).
      const [piece] = ((await res.json()) as { docs: { slug: string }[] }).docs
      await page.goto(`/products/${piece.slug}`)
      await expect(page.getByTestId('price-note')).toContainText(`day’s ${metal} rate`)
      await expect(page.getByTestId('price-note')).not.toContainText('gold')
    })
  }
})
