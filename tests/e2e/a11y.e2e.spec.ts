import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { seriousViolations } from '../helpers/axe'
import { baseURL, waitForHydration } from '../helpers/e2eBrowser'

let productPath: string

test.beforeAll(async () => {
  const res = await fetch(`${baseURL()}/api/products?limit=1&depth=0&sort=-featured`)
  productPath = `/products/${((await res.json()) as { docs: { slug: string }[] }).docs[0].slug}`
})

type Check = {
  name: string
  path: () => string
  phoneOnly?: boolean
  prepare?: (page: Page) => Promise<void>
}

const pages: Check[] = [
  { name: 'home page', path: () => '/' },
  { name: 'catalogue page', path: () => '/products?metal=gold' },
  { name: 'product page', path: () => productPath },
  {
    name: 'catalogue with its filter sheet open',
    path: () => '/products',
    phoneOnly: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click()
      await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible()
    },
  },
  {
    name: 'product page with its add-to-cart bar',
    path: () => productPath,
    phoneOnly: true,
    prepare: async (page) => {
      await page.locator('footer').scrollIntoViewIfNeeded()
      await page.locator('#related').scrollIntoViewIfNeeded()
      await expect(page.getByTestId('sticky-add-to-cart')).toBeVisible()
    },
  },
]

for (const width of [1280, 390]) {
  test.describe(`storefront: accessibility (axe-core) at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } })

    for (const { name, path, phoneOnly, prepare } of pages) {
      if (phoneOnly && width > 390) continue
      test(`has no serious or critical violations on the ${name}`, async ({ page }) => {
        await page.goto(path())
        await waitForHydration(page)
        // What client components fetch after hydration is part of the page axe should see.
        await page.waitForLoadState('networkidle')
        await prepare?.(page)
        const problems = await seriousViolations(page)
        expect(problems).toEqual([])
      })
    }
  })
}
