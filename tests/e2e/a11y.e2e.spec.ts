import { createRequire } from 'module'

import { expect, test } from '@playwright/test'

import { baseURL, waitForHydration } from '../helpers/e2eBrowser'

const require = createRequire(import.meta.url)

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[]
}

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
        await page.addScriptTag({ path: require.resolve('axe-core') })
        const result = await page.evaluate(() => {
          const axe = (
            window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
          ).axe
          return axe.run(document, { resultTypes: ['violations'] })
        })
        const problems = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
          )
        expect(problems).toEqual([])
      })
    }
  })
}
