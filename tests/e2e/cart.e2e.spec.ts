import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { demoPassword } from '@/scripts/seed/accounts'

import { baseURL, phone, waitForHydration } from '../helpers/e2eBrowser'

const priya = 'priya@demo.local'
const arjun = 'arjun@demo.local'

const signInAs = async (page: Page, email: string) => {
  await page.goto('/login')
  await waitForHydration(page)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(demoPassword)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/account$/)
}

const signOut = async (page: Page) => {
  await page.goto('/account')
  await waitForHydration(page)
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(new URL('/', baseURL()).toString())
}

const addToCart = async (page: Page, slug: string, note: string) => {
  await page.goto(`/products/${slug}`)
  await waitForHydration(page)
  const size = page.getByTestId('add-to-cart').locator('select')
  if (await size.count()) await size.selectOption({ index: 1 })
  await page.getByTestId('add-to-cart').locator('textarea').fill(note)
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await expect(page.getByTestId('added-message')).toBeVisible()
}

const openCart = async (page: Page) => {
  await page.goto('/cart')
  await waitForHydration(page)
}

test.describe('storefront: a cart belongs to one account', () => {
  test.use({ viewport: phone })

  test('two customers on one browser never see each other’s cart, and a guest cart joins the next sign-in', async ({
    page,
  }) => {
    const products = await (await fetch(`${baseURL()}/api/products?limit=2&depth=0`)).json()
    const [pendant, ring] = products.docs as { slug: string; name: string }[]

    await signInAs(page, priya)
    await addToCart(page, pendant.slug, 'Priya loves Arjun 14-02')
    await openCart(page)
    await expect(page.getByTestId('cart-items')).toContainText('Priya loves Arjun 14-02')
    await signOut(page)

    // The next person on this browser starts with an empty cart, and nothing of Priya's is stored.
    await signInAs(page, arjun)
    await openCart(page)
    await expect(page.getByTestId('cart-empty')).toBeVisible()
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
    expect(stored).not.toContain('Priya loves Arjun')
    await signOut(page)

    // A guest's cart goes with the account that signs in next in this tab, and leaves the guest.
    await addToCart(page, ring.slug, 'Guest engraving')
    await signInAs(page, priya)
    await openCart(page)
    await expect(page.getByTestId('cart-items')).toContainText('Guest engraving')
    await expect(page.getByTestId('cart-items')).not.toContainText('Priya loves Arjun')
    await signOut(page)
    await openCart(page)
    await expect(page.getByTestId('cart-empty')).toBeVisible()
  })
})
