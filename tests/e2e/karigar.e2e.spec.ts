import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import {
  baseURL,
  demoPeople,
  phone,
  rest,
  signIn,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

test.describe('storefront: a karigar at work', () => {
  test.use({ viewport: phone })

  test('sets their own password, sees only their work without the buyer or prices, and marks it done with a photo the buyer sees', async ({
    browser,
    page,
  }) => {
    const admin = await tokenFor(demoPeople.admin)
    const email = `karigar.${Date.now()}@demo.local`
    const karigar = await rest('/api/goldsmiths', admin, {
      name: 'Mohan Lal',
      email,
      phone: '9829011111',
      password: 'Temporary-2026',
    })
    const customer = await tokenFor(demoPeople.customer)
    const products = await (await fetch(`${baseURL()}/api/products?limit=1&depth=0`)).json()
    const size: string = products.docs[0].sizes?.[0] ?? ''
    const { doc: order } = await rest('/api/orders', customer, {
      items: [{ product: products.docs[0].id, quantity: 1, size, notes: 'Matte finish' }],
      customerSnapshot: { address: '44 Secret Lane, Mumbai 400001' },
    })
    // One note for the buyer, one for the karigar: each must reach only its reader.
    await rest(`/api/orders/${order.id}/transition`, admin, {
      action: 'accept',
      note: 'Confirmed at ₹3,93,524 each',
      noteVisibility: 'buyer',
    })
    await rest(`/api/orders/${order.id}/transition`, admin, {
      action: 'assign',
      goldsmith: karigar.doc.id,
      note: 'Use the 22K stock from the second safe',
      noteVisibility: 'karigar',
    })

    await page.goto('/login?as=goldsmiths')
    await waitForHydration(page)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('Temporary-2026')
    await page.getByRole('button', { name: 'Sign in' }).click()

    // The temporary password opens nothing but the form to replace it.
    const form = page.getByTestId('new-password-form')
    await expect(form).toBeVisible()
    await expect(page.getByTestId('order-list')).toHaveCount(0)
    // Both problems at once, each under its own field.
    await page.getByLabel('New password').fill('short1')
    await page.getByLabel('The same again').fill('Karigar-own-2027')
    await page.getByRole('button', { name: 'Set my password' }).click()
    await expect(form.locator('[data-field-error=password]')).toHaveText(/at least 8/)
    await expect(form.locator('[data-field-error=confirm]')).toHaveText(/not the same/)
    await page.getByLabel('New password').fill('Karigar-own-2026')
    await page.getByLabel('The same again').fill('Karigar-own-2026')
    await page.getByRole('button', { name: 'Set my password' }).click()

    // The bench: the work in progress, with its due date (the order's ready date).
    const list = page.getByTestId('order-list')
    const work = list.getByRole('listitem').filter({ hasText: order.orderId })
    await expect(work).toBeVisible()
    await expect(work.getByTestId('ready-by')).toHaveText(/^Due \d{1,2} \w{3} \d{4}/)
    await expect(page.getByRole('link', { name: 'In progress' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    // A goldsmith makes orders and cannot place them: no cart anywhere.
    await expect(page.locator('a[href="/cart"]')).toHaveCount(0)
    await work.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/account/orders/${order.orderId}$`))
    const orderPage = page.getByTestId('order-page')
    await expect(orderPage).toContainText(size ? `Qty 1 · Size ${size}` : 'Qty 1')
    await expect(orderPage).toContainText('Matte finish')
    await expect(orderPage).toContainText('Use the 22K stock from the second safe')
    // Nothing of the buyer, nothing of the money, not the note meant for the buyer.
    await expect(orderPage).not.toContainText('Confirmed at')
    await expect(orderPage).not.toContainText('Secret Lane')
    await expect(orderPage).not.toContainText('Priya')
    await expect(orderPage).not.toContainText('₹')
    // The whole document, markup and attributes included, not only the visible text.
    expect(await page.content()).not.toContain('priya@demo.local')
    expect(await page.content()).not.toContain('3,93,524')

    await expect(orderPage.getByTestId('ready-by')).toHaveText(/^Due /)
    await expect(orderPage.getByTestId('piece-images').getByRole('img').first()).toBeVisible()

    await waitForHydration(page)
    const finished = await sharp({
      create: { width: 64, height: 64, channels: 3, background: '#d4af37' },
    })
      .png()
      .toBuffer()
    const done = page.getByTestId('complete-work')
    await done.getByLabel('Note for the office (optional)').fill('Polished twice, hallmark done')
    await done
      .getByLabel('Photo of the finished piece (optional)')
      .setInputFiles({ name: 'finished.png', mimeType: 'image/png', buffer: finished })
    await done.getByRole('button', { name: 'Mark done' }).click()
    // The page reloads with the new status, the note and the photo on the timeline.
    await expect(page.getByTestId('order-status')).toHaveText('Ready')
    await expect(page.getByTestId('complete-work')).toHaveCount(0)
    await expect(page.getByTestId('timeline')).toContainText('Polished twice, hallmark done')
    await expect(page.getByTestId('finished-photo')).toBeVisible()

    // Off the bench: under Done now, not In progress.
    await page.goto('/account')
    await expect(
      page.getByTestId('order-list').or(page.getByTestId('no-orders')),
    ).not.toContainText(order.orderId)
    await page.getByRole('link', { name: 'Done' }).click()
    await expect(page.getByTestId('order-list')).toContainText(order.orderId)

    // The buyer sees the finished piece on their timeline, loaded with their own session.
    const buyer = await browser.newContext({ viewport: phone })
    await signIn(buyer, demoPeople.customer)
    const buyerPage = await buyer.newPage()
    await buyerPage.goto(`/account/orders/${order.orderId}`)
    const photo = buyerPage.getByTestId('finished-photo').getByRole('img')
    await expect(photo).toBeVisible()
    // Loaded lazily: bring it into view, then it must load (the buyer may read it).
    await photo.scrollIntoViewIfNeeded()
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    // The karigar's note was for the office, not for the buyer.
    await expect(buyerPage.getByTestId('timeline')).not.toContainText('Polished twice')
    await buyer.close()

    await page.goto(`/products/${products.docs[0].slug}`)
    await expect(page.getByTestId('specifications')).toBeVisible()
    await expect(page.getByTestId('add-to-cart')).toHaveCount(0)
  })
})
