import { expect, test } from '@playwright/test'

import { seriousViolations } from '../helpers/axe'
import { baseURL, waitForHydration } from '../helpers/e2eBrowser'

let productPath: string

test.beforeAll(async () => {
  const res = await fetch(`${baseURL()}/api/products?limit=1&depth=0&sort=-featured`)
  productPath = `/products/${((await res.json()) as { docs: { slug: string }[] }).docs[0].slug}`
})

const pages: [string, () => string][] = [
  ['home', () => '/'],
  ['catalogue', () => '/products?metal=gold'],
  ['product', () => productPath],
]

for (const width of [1280, 390]) {
  test.describe(`storefront: accessibility (axe-core) at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } })

    for (const [name, path] of pages) {
      test(`has no serious or critical violations on the ${name} page`, async ({ page }) => {
        await page.goto(path())
        await waitForHydration(page)
        // What client components fetch after hydration is part of the page axe should see.
        await page.waitForLoadState('networkidle')
        const problems = await seriousViolations(page)
        expect(problems).toEqual([])
      })
    }
  })
}
