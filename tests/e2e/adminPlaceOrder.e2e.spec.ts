import { describe, expect, it } from 'vitest'

import {
  baseURL,
  browserPerFile,
  demoPeople,
  newContext,
  signIn,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

const browser = browserPerFile()

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
