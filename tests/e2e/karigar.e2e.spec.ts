import { describe, expect, it } from 'vitest'

import {
  baseURL,
  demoPeople,
  browserPerFile,
  newContext,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

const browser = browserPerFile()

const rest = async (path: string, token: string, body?: unknown) => {
  const res = await fetch(`${baseURL()}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

describe('storefront: a karigar at work', () => {
  it('sets their own password, sees only their work without the buyer or prices, and marks it made', async () => {
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
    const { doc: order } = await rest('/api/orders', customer, {
      items: [{ product: products.docs[0].id, quantity: 1, size: '16', notes: 'Matte finish' }],
      customerSnapshot: { address: '44 Secret Lane, Mumbai 400001' },
    })
    await rest(`/api/orders/${order.id}/transition`, admin, { action: 'accept' })
    await rest(`/api/orders/${order.id}/transition`, admin, {
      action: 'assign',
      goldsmith: karigar.doc.id,
    })

    const context = await newContext(browser(), { width: 390, height: 844 })
    const page = await context.newPage()
    await page.goto('/login?as=goldsmiths')
    await waitForHydration(page, 'form button[type=submit]')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('Temporary-2026')
    await page.getByRole('button', { name: 'Sign in' }).click()

    // The temporary password opens nothing but the form to replace it.
    await page.locator('[data-testid=new-password-form]').waitFor()
    expect(await page.locator('[data-testid=order-list]').count()).toBe(0)
    await waitForHydration(page, '[data-testid=new-password-form] button')
    // Both problems at once, each under its own field.
    await page.getByLabel('New password').fill('short1')
    await page.getByLabel('The same again').fill('Karigar-own-2027')
    await page.getByRole('button', { name: 'Set my password' }).click()
    const form = page.locator('[data-testid=new-password-form]')
    await form.locator('[data-field-error=confirm]').waitFor()
    expect(await form.locator('[data-field-error=password]').textContent()).toMatch(/at least 8/)
    expect(await form.locator('[data-field-error=confirm]').textContent()).toMatch(/not the same/)
    await page.getByLabel('New password').fill('Karigar-own-2026')
    await page.getByLabel('The same again').fill('Karigar-own-2026')
    await page.getByRole('button', { name: 'Set my password' }).click()

    const list = page.locator('[data-testid=order-list]')
    await list.waitFor()
    expect(await list.textContent()).toContain(order.orderId)
    // A goldsmith makes orders and cannot place them: no cart anywhere.
    expect(await page.locator('a[href="/cart"]').count()).toBe(0)
    await list.getByRole('link').first().click()
    await page.waitForURL(new RegExp(`/account/orders/${order.orderId}$`))
    const text = (await page.locator('[data-testid=order-page]').textContent()) ?? ''
    expect(text).toContain('Qty 1 · Size 16')
    expect(text).toContain('Matte finish')
    // Nothing of the buyer, nothing of the money.
    expect(text).not.toContain('Secret Lane')
    expect(text).not.toContain('Priya')
    expect(text).not.toContain('₹')
    expect(await page.content()).not.toContain('priya@demo.local')

    await waitForHydration(page, '[data-testid=order-page] button')
    page.once('dialog', (dialog) => dialog.accept())
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Mark completed' }).click(),
    ])
    expect(await page.locator('[data-testid=order-status]').textContent()).toBe('Ready')
    expect(await page.getByRole('button', { name: 'Mark completed' }).count()).toBe(0)

    await page.goto(`/products/${products.docs[0].slug}`)
    await page.locator('[data-testid=specifications]').waitFor()
    expect(await page.locator('[data-testid=add-to-cart]').count()).toBe(0)
    await context.close()
  })
})
