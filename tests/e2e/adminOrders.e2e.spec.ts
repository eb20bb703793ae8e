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
