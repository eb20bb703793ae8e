import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  baseURL,
  demoPeople,
  browserPerFile,
  newContext,
  signIn,
  waitForHydration,
  type Person,
} from '../helpers/e2eBrowser'

const browser = browserPerFile()
let product: { id: number; slug: string; name: string; sku: string }

beforeAll(async () => {
  const res = await fetch(`${baseURL()}/api/products?limit=1&depth=0&sort=name`)
  product = ((await res.json()) as { docs: (typeof product)[] }).docs[0]
})

const people = {
  ...demoPeople,
  otherCustomer: { collection: 'customers', email: 'arjun@demo.local' },
  pendingVendor: { collection: 'vendors', email: 'pending.vendor@demo.local' },
} as const satisfies Record<string, Person>

/** A signed-in browser whose cart already holds two of the first product, in size 12. */
const withCart = async (person: Person): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await newContext(browser(), { width: 390, height: 844 })
  await signIn(context, person)
  const line = {
    key: `${product.id}|12|Rose gold tint`,
    productId: product.id,
    slug: product.slug,
    name: product.name,
    sku: product.sku,
    image: null,
    description: '',
    size: '12',
    notes: 'Rose gold tint',
    quantity: 2,
  }
  await context.addInitScript(
    (value) => {
      if (!window.localStorage.getItem('jewellery-cart:v1'))
        window.localStorage.setItem('jewellery-cart:v1', value)
    },
    JSON.stringify([line]),
  )
  const page = await context.newPage()
  await page.goto('/cart')
  return { context, page }
}

describe('storefront: ordering from the cart', () => {
  it('lets a customer place an order, names a missing field, then follow and cancel it', async () => {
    const { context, page } = await withCart(people.customer)
    await waitForHydration(page, '[data-testid=checkout-form] button')

    await page.getByRole('button', { name: 'Place order' }).click()
    await page.locator('[data-field-error=address]').waitFor()
    expect(await page.locator('[data-field-error=address]').textContent()).toMatch(/address/i)

    await page.getByLabel('Delivery address').fill('12 Residency Road, Bengaluru')
    await page.getByLabel('PIN code').fill('560025')
    await page.getByLabel('Instructions').fill('Call before delivery')
    await page.getByRole('button', { name: 'Place order' }).click()
    await page.waitForURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    const orderId = /orders\/(\d+)/.exec(page.url())![1]

    await page.locator('[data-testid=order-placed]').waitFor()
    const text = (await page.locator('[data-testid=order-page]').textContent()) ?? ''
    expect(text).toContain(product.name)
    expect(text).toContain('Qty 2 · Size 12')
    expect(text).toContain('560025')
    expect(await page.locator('[data-testid=order-status]').textContent()).toBe('Placed')
    // A customer sees no price, not even the order's total.
    expect(await page.locator('[data-testid=line-price], [data-testid=order-total]').count()).toBe(
      0,
    )
    expect(text).not.toContain('₹')
    // The cart was emptied.
    expect(await page.locator('[data-testid=cart-count]').count()).toBe(0)

    await page.goto('/account')
    expect(await page.locator('[data-testid=order-list]').textContent()).toContain(orderId)

    await page.goto(`/account/orders/${orderId}`)
    await waitForHydration(page, '[data-testid=order-page] button')
    page.once('dialog', (dialog) => dialog.accept())
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Cancel order' }).click(),
    ])
    expect(await page.locator('[data-testid=order-status]').textContent()).toBe('Cancelled')
    expect(await page.getByRole('button', { name: 'Cancel order' }).count()).toBe(0)

    // Another customer gets the 404 page for it, not the order.
    const other = await newContext(browser())
    await signIn(other, people.otherCustomer)
    const otherPage = await other.newPage()
    const res = await otherPage.goto(`/account/orders/${orderId}`)
    expect(res?.status()).toBe(404)
    expect(await otherPage.content()).not.toContain('Residency Road')
    await other.close()
    await context.close()
  })

  it('shows an approved vendor the prices of its order', async () => {
    const { context, page } = await withCart(people.approvedVendor)
    await waitForHydration(page, '[data-testid=checkout-form] button')
    await page.getByLabel('Delivery address').fill('Shop 4, Johari Bazaar, Jaipur')
    await page.getByRole('button', { name: 'Place order' }).click()
    await page.waitForURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    await page.locator('[data-testid=order-total]').waitFor()
    expect(await page.locator('[data-testid=order-total]').textContent()).toMatch(/₹[\d,]+/)
    expect(await page.locator('[data-testid=line-price]').count()).toBe(1)
    await context.close()
  })

  it('tells a vendor awaiting approval why it cannot order yet', async () => {
    const { context, page } = await withCart(people.pendingVendor)
    await page.locator('[data-testid=checkout-refusal]').waitFor()
    expect(await page.locator('[data-testid=checkout-refusal]').textContent()).toMatch(
      /awaiting approval/,
    )
    expect(await page.locator('[data-testid=checkout-form]').count()).toBe(0)
    await context.close()
  })
})
