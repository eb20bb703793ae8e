import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launchBrowser, newContext, waitForHydration } from '../helpers/e2eBrowser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const cardNames = (page: import('playwright-core').Page) =>
  page.locator('[data-testid=product-grid] h3, [data-testid=product-list] h3').allTextContents()

describe('storefront: browsing', () => {
  it('goes from home to a category, filters, pages, opens a piece, its lightbox, and adds it to the cart', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('[data-testid=rates]').textContent()).toMatch(/Gold 24K ₹[\d,]+\/g/)

    await waitForHydration(page)
    await page
      .locator('main')
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: 'Rings', exact: true })
      .click()
    await page.waitForURL('**/categories/rings')
    await waitForHydration(page, '#filter-panel input')
    expect(await page.locator('h1').textContent()).toBe('Rings')

    await page.locator('#filter-panel label', { hasText: 'Gold' }).click()
    await page.waitForURL(/\/categories\/rings\?metal=gold/)
    const goldRings = await cardNames(page)
    expect(goldRings.length).toBeGreaterThan(0)
    for (const text of await page.locator('[data-testid=product-grid] .eyebrow').allTextContents())
      expect(text).toMatch(/gold/i)

    await page.goto('/products')
    await waitForHydration(page)
    expect(await page.locator('[data-testid=result-count]').textContent()).toBe('1–20 of 30 pieces')
    await page.getByRole('link', { name: 'Page 2' }).click()
    await page.waitForURL(/page=2/)
    await expect
      .poll(() => page.locator('[data-testid=result-count]').textContent())
      .toBe('21–30 of 30 pieces')
    expect(await cardNames(page)).toHaveLength(10)

    const first = page.locator('[data-testid=product-grid] article').first()
    const name = (await first.locator('h3').textContent())!.trim()
    await first.locator('a').first().click()
    await page.waitForURL(/\/products\/[a-z0-9-]+$/)
    expect((await page.locator('h1').textContent())?.trim()).toBe(name)
    await expect
      .poll(() => page.locator('[data-testid=specifications]').textContent())
      .toMatch(/Gross weight/)

    await waitForHydration(page, '[data-testid=gallery-main]')
    await page.locator('[data-testid=gallery-main]').click()
    await page.locator('[data-testid=lightbox]').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('[data-testid=lightbox]').waitFor({ state: 'detached' })

    const size = page.locator('[data-testid=add-to-cart] select')
    if (await size.count()) await size.selectOption({ index: 1 })
    await page.locator('[data-testid=add-to-cart] textarea').fill('Matte finish, please')
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await page.locator('[data-testid=added-message]').waitFor()
    expect(await page.locator('[data-testid=cart-count]').textContent()).toBe('1')

    await page.goto('/cart')
    const items = page.locator('[data-testid=cart-items] li')
    await items.first().waitFor()
    expect(await items.count()).toBe(1)
    expect(await items.first().textContent()).toContain(name)
    expect(await items.first().textContent()).toContain('Matte finish, please')
    await context.close()
  })

  it('suggests pieces while typing and opens the filtered catalogue on Enter', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await waitForHydration(page, 'input[role=combobox]')
    const box = page.getByRole('combobox').first()
    await box.fill('ring')
    const options = page.getByRole('option')
    await options.first().waitFor()
    expect(await options.count()).toBeGreaterThan(0)
    await box.press('Enter')
    await page.waitForURL(/\/products\?q=ring/)
    const names = await cardNames(page)
    expect(names.length).toBeGreaterThan(0)
    expect(await page.locator('h1').textContent()).toContain('ring')

    await page.goto('/products?q=unobtainium')
    await page.locator('[data-testid=empty-state]').waitFor()
    expect(await page.locator('[data-testid=empty-state] h2').textContent()).toBe(
      'Nothing quite matches',
    )
    await context.close()
  })

  it('restores the same view from a shared filter URL', async () => {
    const shared = '/products?metal=gold&sort=name&view=list'
    const api = await fetch(
      `${baseURL()}/api/products?where[metal][equals]=gold&sort=name&limit=20&depth=0`,
    )
    const expected = ((await api.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)

    const first = await newContext(browser)
    const a = await first.newPage()
    await a.goto('/products')
    await waitForHydration(a, '#filter-panel input')
    await a.locator('#filter-panel label', { hasText: 'Gold' }).click()
    await a.waitForURL(/metal=gold/)
    await a.getByLabel('Sort by').selectOption('name')
    await a.waitForURL(/sort=name/)
    await a.getByRole('link', { name: 'List view' }).click()
    await a.waitForURL(/view=list/)
    expect(new URL(a.url()).search).toBe(new URL(shared, baseURL()).search)

    // Someone else opens the link in a fresh browser and sees the same pieces in the same order.
    const second = await newContext(browser, { width: 390, height: 844 })
    const b = await second.newPage()
    await b.goto(shared)
    await b.locator('[data-testid=product-list]').waitFor()
    expect(await b.getByLabel('Sort by').inputValue()).toBe('name')
    expect(await b.locator('input[name=metal][value=gold]').isChecked()).toBe(true)
    const names = (await cardNames(b)).map((n) => n.trim())
    expect(names).toEqual(expected)
    expect((await cardNames(a)).map((n) => n.trim())).toEqual(expected)
    await first.close()
    await second.close()
  })
})
