import { expect, test } from '@playwright/test'

import { clickUntil, watchFormState } from '../helpers/adminBrowser'
import { baseURL, demoPeople, placeDemoOrder, signIn, tokenFor } from '../helpers/e2eBrowser'

test.describe('admin: moving an order on', () => {
  test('lets staff accept, then assign an order to a goldsmith from its edit page', async ({
    context,
    page,
  }) => {
    const order = await placeDemoOrder()
    await signIn(context, demoPeople.admin)
    await page.goto(`/admin/collections/orders/${order.id}`)
    const actions = page.getByTestId('order-actions')

    await clickUntil(
      actions.getByRole('button', { name: 'Accept', exact: true }),
      actions.getByLabel('Note (optional)'),
    )
    await actions.getByLabel('Note (optional)').fill('Confirmed by phone')
    // A note must say who reads it: without a choice the server refuses and the panel says why.
    await actions.getByRole('button', { name: 'Accept: confirm' }).click()
    await expect(actions.getByRole('alert')).toContainText('Choose who reads the note')
    await actions.getByLabel('Who reads the note').selectOption('buyer')
    // A confirmed step reloads the edit view, which then offers the next step.
    await actions.getByRole('button', { name: 'Accept: confirm' }).click()

    const goldsmith = actions.getByLabel('Goldsmith')
    await clickUntil(actions.getByRole('button', { name: 'Assign to goldsmith' }), goldsmith)
    // The placeholder and at least one goldsmith, loaded from the API.
    await expect(goldsmith.locator('option').nth(1)).toBeAttached()
    await goldsmith.selectOption({ index: 1 })
    await actions.getByRole('button', { name: 'Assign to goldsmith: confirm' }).click()
    await expect(actions.getByRole('button', { name: 'Mark completed' })).toBeVisible()

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
    expect(stored.history[1].noteVisibility).toBe('buyer')
  })
})

test.describe('admin: an order placed by staff for a customer', () => {
  test('takes the customer, an item and the delivery address from the create form', async ({
    context,
    page,
  }) => {
    await signIn(context, demoPeople.admin)
    await page.goto('/admin/collections/orders/create')

    // Payload's relationship fields are react-selects: open, type, pick.
    const choose = async (fieldId: string, text: string) => {
      const field = page.locator(`#${fieldId}`)
      await clickUntil(field.locator('.rs__control'), page.locator('.rs__menu'))
      await field.locator('input').fill(text)
      await page.locator('.rs__option', { hasText: text }).first().click()
    }
    const formState = watchFormState(page)
    await choose('field-placedBy', demoPeople.customer.email)
    await formState.settled()
    await page.getByRole('button', { name: 'Add Item' }).click()
    await expect(page.locator('#field-items__0__product')).toHaveCount(1)
    await formState.settled()
    await expect(page.locator('#field-items__1__product')).toHaveCount(0)
    const products = await (await fetch(`${baseURL()}/api/products?limit=1&depth=0`)).json()
    await choose('field-items__0__product', products.docs[0].name)
    await page.locator('#field-items__0__quantity').fill('2')
    // A size the piece is made in, when it has any (the server refuses any other).
    const size: string | undefined = products.docs[0].sizes?.[0]
    if (size) await page.locator('#field-items__0__size').fill(size)
    await page.locator('#field-customerSnapshot__address').fill('21 Park Street, Kolkata')
    await page.locator('#field-customerSnapshot__phone').fill('98300 12345')
    await page.locator('#action-save').click()

    // Saving a new document opens its edit view, at its id.
    await expect(page).toHaveURL(/\/admin\/collections\/orders\/\d+$/)
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
  })
})
