import sharp from 'sharp'
import { expect, test } from '@playwright/test'

import { uniqueEmail } from '../helpers/accounts'
import { baseURL, demoPeople, phone, tokenFor, waitForHydration } from '../helpers/e2eBrowser'

type Piece = { id: number; slug: string; name: string; sizes?: string[] | null }

/** A published piece that asks for a size (the seeded rings and bangles do). */
const sizedPiece = async (): Promise<Piece & { sizes: string[] }> => {
  const res = await fetch(`${baseURL()}/api/products?limit=100&depth=0&sort=name`)
  const { docs } = (await res.json()) as { docs: Piece[] }
  const piece = docs.find((doc) => (doc.sizes?.length ?? 0) > 1)
  if (!piece) throw new Error('the seeded catalogue has no piece with sizes')
  return piece as Piece & { sizes: string[] }
}

/** What the public may see for a catalogue filter, counted by the products API itself. */
const publicCount = async (where: string) => {
  const res = await fetch(`${baseURL()}/api/products/count?${where}`)
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

const adminRest = async (
  path: string,
  init: { method?: string; body?: unknown; form?: FormData },
) => {
  const token = await tokenFor(demoPeople.admin)
  const res = await fetch(`${baseURL()}${path}`, {
    method: init.method ?? 'POST',
    headers: {
      Authorization: `JWT ${token}`,
      ...(init.form ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  })
  expect(res.ok, `${path}: ${res.status}`).toBe(true)
  return res.json()
}

test.describe('storefront on a phone', () => {
  test.use({ viewport: phone })

  test('shows the categories and the first pieces on the home page without scrolling', async ({
    page,
  }) => {
    await page.goto('/')
    const categories = page.getByRole('main').getByRole('navigation', { name: 'Categories' })
    await expect(categories.getByRole('link').first()).toBeInViewport()
    await expect(page.locator('[data-testid=product-grid] article').first()).toBeInViewport()
    await expect(page.locator('[data-testid=product-grid] article').nth(1)).toBeInViewport()
  })

  test('keeps keyboard focus inside the open menu, closes it on Escape and returns to its button', async ({
    page,
  }) => {
    await page.goto('/about')
    await waitForHydration(page)
    const opener = page.getByRole('button', { name: 'Open menu' })
    await opener.click()
    const drawer = page.getByRole('dialog', { name: 'Menu' }).getByRole('navigation')
    const focusInDrawer = () => drawer.evaluate((nav) => nav.contains(document.activeElement))
    await expect.poll(focusInDrawer).toBe(true)
    // Round the drawer's controls and past its end: focus never leaves it for the page behind.
    const stops = await drawer.locator('a[href], button, input').count()
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Tab')
      expect(await focusInDrawer()).toBe(true)
    }
    await page.keyboard.press('Shift+Tab')
    expect(await focusInDrawer()).toBe(true)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Menu' })).toHaveCount(0)
    await expect(opener).toBeFocused()
  })

  test('keeps Add to cart within reach past the form, sends the buyer back to the size, and adds with size and note', async ({
    page,
  }) => {
    const piece = await sizedPiece()
    const size = piece.sizes[1]
    await page.goto(`/products/${piece.slug}`)
    await waitForHydration(page)
    const form = page.getByTestId('add-to-cart')
    const bar = page.getByTestId('sticky-add-to-cart')
    await form.locator('textarea').fill('Engrave A & R inside')
    await expect(bar).toHaveCount(0)

    // Reading on, past the form: the bar appears, and says the size is still to choose.
    await page.locator('#related').scrollIntoViewIfNeeded()
    await expect(bar).toBeVisible()
    await expect(bar).toContainText('Size not chosen yet')
    await expect(bar).toContainText('with your note')

    // Without a size the bar takes the buyer to the size field instead of adding.
    await bar.getByRole('button', { name: 'Add to cart' }).click()
    const sizeField = form.locator('select')
    await expect(sizeField).toBeFocused()
    await expect(sizeField).toBeInViewport()
    await expect(form.getByRole('alert')).toHaveText('Choose a size')
    await expect(bar).toHaveCount(0)
    await expect(page.getByTestId('cart-count')).toHaveCount(0)

    await sizeField.selectOption(size)
    await page.locator('#related').scrollIntoViewIfNeeded()
    await expect(bar).toContainText(`Size ${size}`)
    await bar.getByRole('button', { name: 'Add to cart' }).click()
    await expect(bar).toContainText('Added.')
    await expect(page.getByTestId('cart-count')).toHaveText('1')

    // The page's end is never under the bar: it steps aside where the footer begins.
    await page.locator('footer').scrollIntoViewIfNeeded()
    await expect(bar).toHaveCount(0)

    await page.goto('/cart')
    const line = page.locator('[data-testid=cart-items] li')
    await expect(line).toHaveCount(1)
    await expect(line).toContainText(piece.name)
    await expect(line).toContainText(size)
    await expect(line).toContainText('Engrave A & R inside')
  })

  test('filters in a bottom sheet that counts the pieces before applying them', async ({
    page,
  }) => {
    const all = await publicCount('')
    const silver = await publicCount('where[metal][equals]=silver')
    expect(silver).toBeGreaterThan(0)
    expect(silver).toBeLessThan(all)

    await page.goto('/products')
    await waitForHydration(page)
    const opener = page.getByRole('button', { name: /^Filters/ })
    await opener.click()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    const show = sheet.getByTestId('show-pieces')
    await expect(sheet).toBeVisible()
    await expect(show).toHaveText(`Show ${all} pieces`)

    // Focus is inside the sheet and stays there.
    await expect(sheet.getByRole('button', { name: 'Close filters' })).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(show).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(sheet.getByRole('button', { name: 'Close filters' })).toBeFocused()

    // A choice is counted, not applied; Escape dismisses it and gives focus back.
    await sheet.locator('label', { hasText: 'Silver' }).click()
    await expect(show).toHaveText(`Show ${silver} pieces`)
    await expect(page).toHaveURL(/\/products$/)
    await page.keyboard.press('Escape')
    await expect(sheet).toHaveCount(0)
    await expect(opener).toBeFocused()
    await expect(page.getByTestId('result-count')).toContainText(`${all} pieces`)

    await opener.click()
    await expect(sheet.locator('input[name=metal][value=""]')).toBeChecked()
    await sheet.locator('label', { hasText: 'Silver' }).click()
    await expect(show).toHaveText(`Show ${silver} pieces`)
    await show.click()
    await expect(page).toHaveURL(/\/products\?metal=silver$/)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByTestId('result-count')).toHaveText(
      new RegExp(`(^| of )${silver} pieces$`),
    )
  })

  test('moves focus to the first field in error when a form is refused', async ({ page }) => {
    await page.goto('/register')
    await waitForHydration(page)
    const form = page.getByTestId('register-form')
    await form.getByLabel('Your name').fill('Asha Rao')
    await form.getByLabel('Email').fill(uniqueEmail('asha'))
    await form.getByLabel('Mobile number').fill('12345')
    await form.getByLabel('Password', { exact: true }).fill('short')
    await form.getByRole('button', { name: /create account/i }).click()
    await expect(form.getByRole('alert')).toBeVisible()
    await expect(form.getByLabel('Mobile number')).toBeFocused()
    await expect(form.getByLabel('Mobile number')).toHaveAttribute('aria-invalid', 'true')
  })

  test('serves its typeface from its own origin, never from a font service', async ({ page }) => {
    const origin = new URL(baseURL()).origin
    const elsewhere: string[] = []
    const fonts: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) elsewhere.push(request.url())
      if (request.resourceType() === 'font') fonts.push(request.url())
    })
    for (const path of ['/', '/products', `/products/${(await sizedPiece()).slug}`, '/login']) {
      await page.goto(path)
      await waitForHydration(page)
      await page.waitForLoadState('networkidle')
    }
    expect(elsewhere).toEqual([])
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((url) => url.startsWith(`${origin}/_next/static/media/`))).toBe(true)
  })
})

test.describe('storefront: the logo from site settings', () => {
  test('shows the uploaded logo in the header, and the wordmark again once it is removed', async ({
    page,
  }) => {
    const png = await sharp({
      create: { width: 480, height: 160, channels: 3, background: '#8a6414' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Swarna monogram' }))
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'logo.png')
    const media = (await adminRest('/api/media', { form })) as { doc: { id: number } }
    const settings = (await adminRest('/api/globals/site-settings', { method: 'GET' })) as {
      siteName: string
    }

    try {
      await adminRest('/api/globals/site-settings', { body: { logo: media.doc.id } })
      await expect(async () => {
        await page.goto('/')
        await expect(page.getByTestId('site-logo')).toBeVisible({ timeout: 1_000 })
      }).toPass({ timeout: 15_000 })
      const home = page.getByRole('banner').getByRole('link', { name: settings.siteName })
      await expect(home.getByRole('img')).toHaveAttribute('alt', settings.siteName)
      await expect(page.getByTestId('site-logo')).toHaveJSProperty('complete', true)
      expect(
        await page.getByTestId('site-logo').evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(0)
    } finally {
      await adminRest('/api/globals/site-settings', { body: { logo: null } })
      await adminRest(`/api/media/${media.doc.id}`, { method: 'DELETE' })
    }
    await expect(async () => {
      await page.goto('/')
      await expect(page.getByTestId('site-logo')).toHaveCount(0, { timeout: 1_000 })
    }).toPass({ timeout: 15_000 })
    await expect(
      page.getByRole('banner').getByRole('link', { name: settings.siteName }),
    ).toBeVisible()
  })
})
