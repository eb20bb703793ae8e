import { createRequire } from 'module'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, launchBrowser, newContext } from '../helpers/e2eBrowser'

const require = createRequire(import.meta.url)

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[]
}

let browser: Browser
let productPath: string
beforeAll(async () => {
  browser = await launchBrowser()
  const res = await fetch(`${baseURL()}/api/products?limit=1&depth=0&sort=-featured`)
  productPath = `/products/${((await res.json()) as { docs: { slug: string }[] }).docs[0].slug}`
})
afterAll(async () => {
  await browser?.close()
})

const pages = () => [
  ['home', '/'],
  ['catalogue', '/products?metal=gold'],
  ['product', productPath],
]

describe('storefront: accessibility (axe-core)', () => {
  for (const width of [1280, 390]) {
    it(`has no serious or critical violations on home, catalogue and product at ${width}px`, async () => {
      const context = await newContext(browser, { width, height: 900 })
      const problems: string[] = []
      for (const [name, path] of pages()) {
        const page = await context.newPage()
        await page.goto(path, { waitUntil: 'networkidle' })
        await page.addScriptTag({ path: require.resolve('axe-core') })
        const result = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
          ).axe
          // The dev-mode Next.js indicator is not part of the site.
          return axe.run({ exclude: [['nextjs-portal']] }, { resultTypes: ['violations'] })
        })
        for (const v of result.violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(
              `${name}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
            )
        await page.close()
      }
      expect(problems).toEqual([])
      await context.close()
    })
  }
})
