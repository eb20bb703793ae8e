import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { adminOnlyCollections, adminOnlyGlobals } from '@/lib/accounts'

import { clickUntil, watchFormState, watchOutsideRequests } from '../helpers/adminBrowser'
import { baseURL, demoPeople, rest, signIn, tokenFor } from '../helpers/e2eBrowser'

type Category = { id: number; name: string; _order: string }

/** Drags `handle` onto `target` the way a hand does: press, move in steps, release. */
const drag = async (page: Page, handle: Locator, target: Locator) => {
  const from = (await handle.boundingBox())!
  const to = (await target.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  // dnd-kit starts a drag after a few pixels of movement.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 4, { steps: 12 })
  await page.mouse.up()
}

const categoriesInOrder = async (): Promise<Category[]> =>
  (await (await fetch(`${baseURL()}/api/categories?limit=100&depth=0`)).json()).docs

test.describe('admin: what staff may open', () => {
  test('keeps staff out of people and settings, by nav and by URL', async ({ context, page }) => {
    const outside = watchOutsideRequests(page)
    await signIn(context, demoPeople.staff)
    await page.goto('/admin')
    const nav = page.locator('nav')
    await expect(nav.locator('a[href="/admin/collections/orders"]')).toBeAttached()
    await expect(nav.locator('a[href="/admin/collections/vendors"]')).toBeAttached()
    await expect(nav.locator('a[href="/admin/collections/categories"]')).toBeAttached()
    for (const slug of adminOnlyCollections)
      await expect(page.locator(`a[href="/admin/collections/${slug}"]`)).toHaveCount(0)
    for (const slug of adminOnlyGlobals)
      await expect(page.locator(`a[href="/admin/globals/${slug}"]`)).toHaveCount(0)

    const adminId = (await rest('/api/users?limit=1&depth=0', await tokenFor(demoPeople.admin)))
      .docs[0].id
    const refused = [
      '/admin/collections/users',
      `/admin/collections/users/${adminId}`,
      '/admin/collections/users/create',
      '/admin/collections/goldsmiths',
      '/admin/collections/goldsmiths/create',
      '/admin/collections/customers',
      '/admin/globals/site-settings',
    ]
    for (const path of refused) {
      const res = await page.goto(path)
      expect(res?.status(), path).toBe(404)
      await expect(page.getByText('Nothing found')).toBeVisible()
      await expect(page.locator('#action-save')).toHaveCount(0)
      await expect(page.locator('#field-email, #field-siteName')).toHaveCount(0)
    }
    outside.expectNone()
  })

  test('lets an admin open the same screens', async ({ context, page }) => {
    const outside = watchOutsideRequests(page)
    await signIn(context, demoPeople.admin)
    await page.goto('/admin')
    for (const slug of ['users', 'goldsmiths'])
      await expect(page.locator(`nav a[href="/admin/collections/${slug}"]`)).toBeAttached()
    await page.goto('/admin/globals/site-settings')
    await expect(page.locator('#field-siteName')).toBeVisible()
    outside.expectNone()
  })
})

test.describe('admin: the catalogue tools', () => {
  test('lets staff drag a category to the front; the storefront follows', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const before = await categoriesInOrder()
    expect(before.length).toBeGreaterThanOrEqual(3)
    const moved = before[2]!
    await signIn(context, demoPeople.staff)
    await page.goto('/admin/collections/categories')
    const rows = page.locator('tbody tr')
    await expect(rows.nth(2)).toContainText(moved.name)
    const handle = rows.nth(2).locator('.sort-row')
    await expect(handle).toHaveClass(/active/)
    try {
      // Dragged again only if the list did not take the first drag (before hydration).
      await expect(async () => {
        if (!(await rows.nth(0).textContent())?.includes(moved.name))
          await drag(page, handle, rows.nth(0))
        await expect(rows.nth(0)).toContainText(moved.name, { timeout: 3_000 })
      }).toPass({ timeout: 45_000 })
      await expect.poll(async () => (await categoriesInOrder())[0]!.id).toBe(moved.id)
      const after = await categoriesInOrder()
      expect(after.map((c) => c.id)).toEqual([
        moved.id,
        ...before.filter((c) => c.id !== moved.id).map((c) => c.id),
      ])
      // The storefront's category strip, rebuilt on the change (no stale cached page).
      await expect(async () => {
        await page.goto('/')
        const strip = page.getByRole('main').getByRole('navigation', { name: 'Categories' })
        await expect(strip.getByRole('link').first()).toContainText(moved.name, {
          timeout: 2_000,
        })
      }).toPass({ timeout: 30_000 })
    } finally {
      // Back where it was, for the files after this one.
      const now = await categoriesInOrder()
      if (now[0]!.id === moved.id)
        await rest('/api/reorder', await tokenFor(demoPeople.staff), {
          collectionSlug: 'categories',
          docsToMove: [moved.id],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: before[1]!.id, key: now.find((c) => c.id === before[1]!.id)!._order },
        })
    }
    outside.expectNone()
  })

  test('lets staff drag a product’s second image to the front and save', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const token = await tokenFor(demoPeople.staff)
    const { docs } = await rest('/api/products?limit=100&depth=0', token)
    const product = (docs as { id: number; images: number[] }[]).find((p) => p.images.length >= 2)
    expect(product, 'a demo product with two images').toBeDefined()
    const [first, second] = product!.images
    await signIn(context, demoPeople.staff)
    await page.goto(`/admin/collections/products/${product!.id}`)
    const items = page.locator('.upload--has-many__dragItem')
    await expect(items).toHaveCount(product!.images.length)
    const secondName = (await rest(`/api/media/${second}`, token)).filename as string
    try {
      await expect(async () => {
        if (!(await items.nth(0).textContent())?.includes(secondName))
          await drag(page, items.nth(1).locator('.upload--has-many__drag'), items.nth(0))
        await expect(items.nth(0)).toContainText(secondName, { timeout: 3_000 })
      }).toPass({ timeout: 45_000 })
      // Saved again only if the first click landed while the form was still settling.
      await expect(async () => {
        await page.locator('#action-save').click()
        await expect
          .poll(async () => (await rest(`/api/products/${product!.id}?depth=0`, token)).images[0], {
            timeout: 5_000,
          })
          .toBe(second)
      }).toPass({ timeout: 30_000 })
      const saved = await rest(`/api/products/${product!.id}?depth=0`, token)
      expect(saved.images.slice(0, 2)).toEqual([second, first])
      expect([...saved.images].sort()).toEqual([...product!.images].sort())
    } finally {
      await rest(`/api/products/${product!.id}`, token, { images: product!.images }, 'PATCH')
    }
    outside.expectNone()
  })

  test('shows the rate history under the rates form; an admin’s new rate tops it', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const current = await (await fetch(`${baseURL()}/api/globals/rates`)).json()
    const gold = Number(current.gold) + 11
    await signIn(context, demoPeople.admin)
    const formState = watchFormState(page)
    await page.goto('/admin/globals/rates')
    const history = page.getByTestId('rates-history')
    await expect(history).toBeVisible()
    await expect(history.getByTestId('rates-history-row').first()).toBeVisible()
    // Every purity the shop sets a rate for has its column (the demo sets them all).
    for (const column of ['Gold 24K / g', 'Gold 22K / g', 'Silver 925 / g', 'Platinum 950 / g'])
      await expect(history.locator('th', { hasText: column })).toBeVisible()
    const goldInput = page.locator('#field-gold')
    await clickUntil(goldInput, goldInput)
    await goldInput.fill(String(gold))
    await formState.settled()
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await (await fetch(`${baseURL()}/api/globals/rates`)).json()).gold)
      .toBe(gold)
    await page.reload()
    const top = history.getByTestId('rates-history-row').first()
    await expect(top).toContainText(new Intl.NumberFormat('en-IN').format(gold))
    await expect(top).toContainText('▲')
    await expect(top).toContainText('Administrator')

    // Staff read the same history and the rates, but cannot set them.
    await context.clearCookies()
    await signIn(context, demoPeople.staff)
    await page.goto('/admin/globals/rates')
    await expect(history.getByTestId('rates-history-row').first()).toContainText(
      new Intl.NumberFormat('en-IN').format(gold),
    )
    await expect(page.locator('#field-gold')).toBeDisabled()
    outside.expectNone()
  })
})
