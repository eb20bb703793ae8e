import type { BrowserContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import type { Captured, Person } from '../helpers/e2eBrowser'
import {
  baseURL,
  captureResponses,
  demoPeople,
  signIn,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

type Priced = {
  id: number
  slug: string
  name: string
  category: number
  price: number
  makingCharges: number
}

let products: Priced[]
/** The day's rates: public by design (the ticker), so a price that equals one proves nothing. */
let publicRates: Set<number>

test.beforeAll(async () => {
  const rates = (await (await fetch(`${baseURL()}/api/globals/rates`)).json()) as object
  publicRates = new Set(Object.values(rates).filter((v): v is number => typeof v === 'number'))
  const token = await tokenFor(demoPeople.admin)
  const res = await fetch(`${baseURL()}/api/products?limit=100&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  products = ((await res.json()) as { docs: Priced[] }).docs
  expect(products.length).toBe(30)
  for (const p of products) expect(typeof p.price).toBe('number')
})

const grouped = (n: number) => new Intl.NumberFormat('en-IN').format(n)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A number on its own, not part of a longer number, hash or identifier.
const standalone = (s: string) => new RegExp(`(?<![0-9A-Za-z_,.])${escape(s)}(?![0-9A-Za-z_,])`)

/**
 * Every way a product's price or making charges could appear in a response: the raw number and the
 * Indian-grouped form (₹1,23,456). Four-digit making charges are checked only in grouped form,
 * because a bare 1200 or 9500 also occurs innocently (image widths, timings).
 */
const needlesFor = (p: Priced) => {
  const needles = [
    { value: p.price, label: `${p.name} price ${p.price}`, pattern: standalone(String(p.price)) },
    {
      value: p.price,
      label: `${p.name} price ${grouped(p.price)}`,
      pattern: standalone(grouped(p.price)),
    },
    {
      value: p.makingCharges,
      label: `${p.name} making ${grouped(p.makingCharges)}`,
      pattern: standalone(grouped(p.makingCharges)),
    },
  ]
  if (p.makingCharges >= 10_000)
    needles.push({
      value: p.makingCharges,
      label: `${p.name} making ${p.makingCharges}`,
      pattern: standalone(String(p.makingCharges)),
    })
  return needles.filter((needle) => !publicRates.has(needle.value))
}

// Scripts and styles under /_next/static are code, the same files for everyone, built before any
// product existed: they name the price fields (the vendor's price panel is a client component) and
// hold unrelated numbers, but can carry no one's data. Every other body (HTML, RSC, JSON) is searched.
const isStatic = (c: Captured) => new URL(c.url).pathname.startsWith('/_next/static/')

/** Walks the storefront as one person, recording every response body the browser receives. */
const visitAll = async (context: BrowserContext) => {
  const page = await context.newPage()
  // The bell's live stream stays open while signed in, and the network would never go idle; the
  // bell then polls instead, and those answers are captured and searched like any other.
  await page.route('**/api/notifications/stream', (route) => route.abort())
  const { captured, settled } = captureResponses(page)
  // A piece with siblings in its category, so "You may also like" has a link to follow.
  const product = products.find((p) =>
    products.some((o) => o.id !== p.id && o.category === p.category),
  )!
  // networkidle: every response the page asks for, including those of client components.
  await page.goto('/', { waitUntil: 'networkidle' })
  await page.goto('/products', { waitUntil: 'networkidle' })
  await page.goto('/products?page=2&view=list', { waitUntil: 'networkidle' })
  await page.goto('/categories/rings', { waitUntil: 'networkidle' })
  await page.goto(`/products/${product.slug}`, { waitUntil: 'networkidle' })
  // A client-side navigation, so the RSC payload of a product page is captured too.
  await waitForHydration(page)
  const rsc = page.waitForResponse((r) =>
    (r.headers()['content-type'] ?? '').includes('text/x-component'),
  )
  await page.locator('[data-testid=product-grid] article a').first().click()
  await rsc
  await expect(page).not.toHaveURL(new RegExp(`/products/${product.slug}$`))
  await page.waitForLoadState('networkidle')
  const navigatedTo = new URL(page.url()).pathname
  // Read the bodies before the next navigation, which may drop them from the browser's buffer.
  await settled()
  await page.goto('/search/suggest?q=gold')
  await page.goto('/cart', { waitUntil: 'networkidle' })
  await settled()
  await page.close()
  return { captured, product, navigatedTo }
}

const leaks = (captured: Captured[]) => {
  const found: string[] = []
  for (const c of captured) {
    if (isStatic(c)) continue
    for (const word of ['makingCharges', 'wastage', 'Wastage', 'Making charges'])
      if (c.body.includes(word)) found.push(`"${word}" in ${c.url}`)
    for (const p of products)
      for (const needle of needlesFor(p))
        if (needle.pattern.test(c.body)) found.push(`${needle.label} in ${c.url}`)
  }
  return found
}

test.describe('storefront: prices stay with the people allowed to see them', () => {
  const blind: [string, Person | null][] = [
    ['an anonymous visitor', null],
    ['a customer', demoPeople.customer],
  ]

  for (const [who, person] of blind) {
    test(`sends ${who} no price, wastage or making charges in any response`, async ({
      context,
    }) => {
      if (person) await signIn(context, person)
      const { captured } = await visitAll(context)
      expect(captured.some((c) => c.contentType.includes('text/x-component'))).toBe(true)
      expect(captured.filter((c) => c.contentType.includes('text/html')).length).toBeGreaterThan(4)
      expect(leaks(captured)).toEqual([])
    })
  }

  test('gives an approved vendor the price, wastage and making charges through the API only', async ({
    context,
  }) => {
    await signIn(context, demoPeople.approvedVendor)
    const { captured, product } = await visitAll(context)
    // The page itself is the cached HTML everyone gets: no price in it, even for a vendor.
    const html = captured.find(
      (c) => c.url.endsWith(`/products/${product.slug}`) && c.contentType.includes('text/html'),
    )
    expect(html, `the HTML of /products/${product.slug}`).toBeTruthy()
    expect(html!.body).not.toContain(grouped(product.price))
    expect(html!.body).not.toContain('Wastage')
    // The prices came from the products API, asked with the vendor's own session, and only there.
    const fromApi = (c: Captured) => new URL(c.url).pathname === '/api/products'
    expect(captured.filter(fromApi).map((c) => c.body)).toContainEqual(
      expect.stringContaining(`"price":${product.price}`),
    )
    expect(leaks(captured.filter((c) => !fromApi(c)))).toEqual([])

    // And the page shows them, filled in by the browser.
    const page = await context.newPage()
    await page.goto(`/products/${product.slug}`)
    const terms = page.getByTestId('trade-terms')
    await expect(terms).toContainText(grouped(product.price))
    await expect(terms).toContainText('Wastage')
    await expect(terms).toContainText(grouped(product.makingCharges))
  })
})
