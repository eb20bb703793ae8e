import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { demoPassword } from '@/scripts/seed/accounts'

import {
  baseURL,
  demoPeople,
  placeDemoOrder,
  signIn,
  waitForHydration,
} from '../helpers/e2eBrowser'

/** Every Content-Security-Policy refusal the browser reports while the page is open. */
const cspViolations = (page: Page) => {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text())
  })
  return seen
}

test.describe('security: the pages work under the Content-Security-Policy', () => {
  test('storefront: home, catalogue and a product page hydrate with nothing refused', async ({
    page,
  }) => {
    const refused = cspViolations(page)
    await page.goto('/')
    await waitForHydration(page)
    await page.goto('/products')
    await waitForHydration(page)
    await page.locator('[data-testid=product-grid] article a').first().click()
    await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/)
    await expect(page.getByTestId('specifications')).toContainText('Gross weight')
    expect(refused).toEqual([])
  })

  test('admin: the dashboard, the orders list and an order open with nothing refused', async ({
    context,
    page,
  }) => {
    const order = await placeDemoOrder()
    const refused = cspViolations(page)
    await signIn(context, demoPeople.admin)
    await page.goto('/admin')
    await expect(page.getByRole('link', { name: /Orders/ }).first()).toBeVisible()
    await page.goto('/admin/collections/orders')
    const listed = page.getByRole('link', { name: order.orderId })
    await expect(listed).toBeVisible()
    await listed.click()
    await expect(page.getByTestId('order-actions')).toBeVisible()
    expect(refused).toEqual([])
  })

  test('cannot be framed by another site', async ({ page }) => {
    const response = await page.goto('/admin/login')
    expect(response?.headers()['x-frame-options']).toBe('DENY')
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  })
})
test.describe('security: sign-in redirect', () => {
  test('stays on the shop when ?next= points elsewhere (/\\evil.example)', async ({ page }) => {
    await page.goto('/login?next=/%5Cevil.example')
    await waitForHydration(page)
    await page.getByLabel('Email').fill(demoPeople.customer.email)
    await page.getByLabel('Password').fill(demoPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/account$/)
    expect(new URL(page.url()).origin).toBe(new URL(baseURL()).origin)
  })
})
