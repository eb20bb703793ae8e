import { describe, expect, it } from 'vitest'

import {
  baseURL,
  demoPeople,
  browserPerFile,
  newContext,
  signIn,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

const browser = browserPerFile()

const placeOrder = async () => {
  const token = await tokenFor(demoPeople.customer)
  const products = await (await fetch(`${baseURL()}/api/products?limit=1&depth=0`)).json()
  const res = await fetch(`${baseURL()}/api/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({
      items: [{ product: products.docs[0].id, quantity: 1 }],
      customerSnapshot: { address: '7 MG Road, Pune, Maharashtra' },
    }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number; orderId: string } }).doc
}

describe('admin: moving an order on', () => {
  it('lets staff accept, then assign an order to a goldsmith from its edit page', async () => {
    const order = await placeOrder()
    const context = await newContext(browser())
    await signIn(context, demoPeople.admin)
    const page = await context.newPage()
    await page.goto(`/admin/collections/orders/${order.id}`)
    const actions = page.locator('[data-testid=order-actions]')
    await actions.waitFor()
    await page.waitForLoadState('networkidle')
    await waitForHydration(page, '[data-testid=order-actions] button')

    await actions.getByRole('button', { name: 'Accept', exact: true }).click()
    await actions.getByLabel('Note (optional)').fill('Confirmed by phone')
    // A confirmed step reloads the edit view; wait for the new one to come alive.
    await Promise.all([
      page.waitForEvent('load'),
      actions.getByRole('button', { name: 'Accept: confirm' }).click(),
    ])
    await actions.getByRole('button', { name: 'Assign to goldsmith' }).waitFor()
    await page.waitForLoadState('networkidle')
    await waitForHydration(page, '[data-testid=order-actions] button')

    await actions.getByRole('button', { name: 'Assign to goldsmith' }).click()
    const goldsmith = actions.getByLabel('Goldsmith')
    await expect.poll(() => goldsmith.locator('option').count()).toBeGreaterThan(1)
    await goldsmith.selectOption({ index: 1 })
    await Promise.all([
      page.waitForEvent('load'),
      actions.getByRole('button', { name: 'Assign to goldsmith: confirm' }).click(),
    ])
    await actions.getByRole('button', { name: 'Mark completed' }).waitFor()

    const token = await tokenFor(demoPeople.admin)
    const stored = await (
      await fetch(`${baseURL()}/api/orders/${order.id}?depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()
    expect(stored.status).toBe('under_process')
    expect(stored.history.map((entry: { action: string }) => entry.action)).toEqual([
      'place',
      'accept',
      'assign',
    ])
    expect(stored.history[1].note).toBe('Confirmed by phone')
    expect(stored.history[1].noteVisibility).toBe('internal')
    await context.close()
  })
})

describe('admin: an order placed by staff for a customer', () => {
  it('takes the customer, an item and the delivery address from the create form', async () => {
    const context = await newContext(browser())
    await signIn(context, demoPeople.admin)
    const page = await context.newPage()
    await page.goto('/admin/collections/orders/create')
    await page.waitForLoadState('networkidle')
    await waitForHydration(page, '#action-save')

    // Payload's relationship fields are react-selects: open, type, pick.
    const choose = async (fieldId: string, text: string) => {
      const field = page.locator(`#${fieldId}`)
      await field.locator('.rs__control').click()
      await field.locator('input').fill(text)
      await page.locator('.rs__option', { hasText: text }).first().click()
    }
    await choose('field-placedBy', demoPeople.customer.email)
    await page.getByRole('button', { name: 'Add Item' }).click()
    const products = await (await fetch(`${baseURL()}/api/products?limit=1&depth=0`)).json()
    await choose('field-items__0__product', products.docs[0].name)
    await page.locator('#field-items__0__quantity').fill('2')
    await page.locator('#field-customerSnapshot__address').fill('21 Park Street, Kolkata')
    await page.locator('#field-customerSnapshot__phone').fill('98300 12345')
    await page.locator('#action-save').click()

    // Saving a new document opens its edit view, at its id.
    await page.waitForURL(/\/admin\/collections\/orders\/\d+$/)
    const id = page.url().split('/').pop()
    const token = await tokenFor(demoPeople.admin)
    const order = await (
      await fetch(`${baseURL()}/api/orders/${id}?depth=1`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()
    expect(order.orderId).toMatch(/^\d{8,}$/)
    expect(order.status).toBe('ordered')
    expect(order.placedBy.relationTo).toBe('customers')
    expect(order.placedBy.value.email).toBe(demoPeople.customer.email)
    expect(order.customerSnapshot).toMatchObject({
      email: demoPeople.customer.email,
      address: '21 Park Street, Kolkata',
      phone: '+919830012345',
    })
    expect(order.items).toHaveLength(1)
    expect(order.items[0]).toMatchObject({ quantity: 2 })
    expect(order.items[0].productSnapshot.name).toBe(products.docs[0].name)
    expect(order.totalAmount).toBeGreaterThan(0)
    expect(order.history[0]).toMatchObject({ action: 'place', actorRole: 'staff' })

    // The buyer sees it among their own orders.
    const customerToken = await tokenFor(demoPeople.customer)
    const mine = await (
      await fetch(`${baseURL()}/api/orders?where[id][equals]=${id}`, {
        headers: { Authorization: `JWT ${customerToken}` },
      })
    ).json()
    expect(mine.totalDocs).toBe(1)
    await context.close()
  })
})
