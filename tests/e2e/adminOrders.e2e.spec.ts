import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { formatDateTime, formatInr } from '@/src/components/format'

import { clickUntil, watchFormState, watchOutsideRequests } from '../helpers/adminBrowser'
import { baseURL, demoPeople, placeDemoOrder, rest, signIn, tokenFor } from '../helpers/e2eBrowser'
import { randomHuid } from '../helpers/huids'

/** The order as staff read it over REST. */
const stored = async (id: number) => {
  const token = await tokenFor(demoPeople.admin)
  return (await (
    await fetch(`${baseURL()}/api/orders/${id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as {
    status: string
    orderId: string
    createdAt: string
    totalAmount: number
    assignedGoldsmith: number | null
    history: { action: string; at: string; note?: string; noteVisibility?: string }[]
  }
}

/** Moves an order on over REST as staff (what the test does not look at in the browser). */
const moveOver = async (id: number, body: Record<string, unknown>) =>
  rest(`/api/orders/${id}/transition`, await tokenFor(demoPeople.admin), body)

/** The active karigars' ids, as the seed made them. */
const karigars = async () => {
  const token = await tokenFor(demoPeople.admin)
  const body = await rest('/api/goldsmiths?where[active][equals]=true&depth=0&sort=name', token)
  return (body as { docs: { id: number; name: string }[] }).docs
}

/** Opens an order's page as staff; returns its panel of next steps. */
const openOrder = async (page: Page, id: number) => {
  await page.goto(`/admin/collections/orders/${id}`)
  return page.getByTestId('order-actions')
}

/** Chooses a step in the panel (clicking until React has taken over the server HTML). */
const choose = async (actions: Locator, label: string) =>
  clickUntil(
    actions.getByRole('button', { name: label, exact: true }),
    actions.getByRole('button', { name: `${label}: confirm` }),
  )

test.describe('admin: moving an order on', () => {
  test('lets staff accept, assign (seeing workloads), reassign and dispatch from the order page', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const order = await placeDemoOrder()
    await signIn(context, demoPeople.admin)
    const actions = await openOrder(page, order.id)
    await expect(page.getByTestId('order-summary')).toContainText(`Order ${order.orderId}`)

    await choose(actions, 'Accept')
    await actions.getByLabel('Note (optional)').fill('Confirmed by phone')
    // A note must say who reads it: without a choice the server refuses and the panel says why.
    await actions.getByRole('button', { name: 'Accept: confirm' }).click()
    await expect(actions.getByRole('alert')).toContainText('Choose who reads the note')
    await actions.getByLabel('The buyer (and staff)').check()
    // A confirmed step reloads the page, which then offers the next step.
    await actions.getByRole('button', { name: 'Accept: confirm' }).click()
    await expect(page.getByTestId('order-summary').getByTestId('order-status-label')).toHaveText(
      'Accepted',
    )

    await choose(actions, 'Assign to goldsmith')
    const options = actions.getByTestId('karigar-option')
    await expect(options.first()).toBeVisible()
    // Every active karigar, each with the pieces on their bench now.
    const [first, second] = await karigars()
    await expect(options).toHaveCount((await karigars()).length)
    await expect(options.first().getByTestId('karigar-workload')).toContainText(/\d+ open piece/)
    await actions.getByRole('radio', { name: new RegExp(first!.name) }).check()
    await actions.getByRole('button', { name: 'Assign to goldsmith: confirm' }).click()
    await expect(page.getByTestId('karigar')).toHaveText(first!.name)

    // Reassigning: the karigar who has it now is shown but cannot be chosen again.
    await choose(actions, 'Assign to goldsmith')
    await expect(actions.getByRole('radio', { name: new RegExp(first!.name) })).toBeDisabled()
    await actions.getByRole('radio', { name: new RegExp(second!.name) }).check()
    await actions.getByRole('button', { name: 'Assign to goldsmith: confirm' }).click()
    await expect(page.getByTestId('karigar')).toHaveText(second!.name)

    await moveOver(order.id, { action: 'complete' })
    await page.reload()
    await choose(actions, 'Dispatch')
    // One hallmark unique ID a piece (required for gold, taken for silver too).
    const huidInputs = actions.locator('input[name^="huid-"]')
    await expect(huidInputs.first()).toBeVisible()
    for (const input of await huidInputs.all()) await input.fill(randomHuid().toLowerCase())
    await actions.getByRole('button', { name: 'Dispatch: confirm' }).click()
    await expect(page.getByTestId('order-summary').getByTestId('order-status-label')).toHaveText(
      'Dispatched',
    )
    await expect(page.getByTestId('delivery-note-link')).toBeVisible()

    const after = await stored(order.id)
    expect(after.status).toBe('dispatched')
    expect(after.assignedGoldsmith).toBe(second!.id)
    expect(after.history.map((entry) => entry.action)).toEqual([
      'place',
      'accept',
      'assign',
      'assign',
      'complete',
      'dispatch',
    ])
    expect(after.history[1]).toMatchObject({
      note: 'Confirmed by phone',
      noteVisibility: 'buyer',
    })
    // The timeline shows each step, the note marked with who reads it.
    await expect(page.getByTestId('history-entry')).toHaveCount(6)
    await expect(page.getByTestId('note-audience').first()).toHaveText('The buyer (and staff)')
    outside.expectNone()
  })

  test('holds, resumes and cancels an order, and sends another back for rework', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const [karigar] = await karigars()
    const order = await placeDemoOrder()
    await moveOver(order.id, { action: 'accept' })
    await moveOver(order.id, { action: 'assign', goldsmith: karigar!.id })
    await signIn(context, demoPeople.admin)
    const actions = await openOrder(page, order.id)
    const status = page.getByTestId('order-summary').getByTestId('order-status-label')

    await choose(actions, 'Put on hold')
    // The reason is required: the server names it and the panel says so.
    await actions.getByRole('button', { name: 'Put on hold: confirm' }).click()
    await expect(actions.getByRole('alert')).toContainText('reason')
    await actions.getByLabel(/Reason/).fill('Waiting for the stone')
    await actions.getByRole('button', { name: 'Put on hold: confirm' }).click()
    await expect(status).toHaveText('On hold')
    await expect(actions.getByRole('button', { name: 'Resume', exact: true })).toBeVisible()
    await expect(actions.getByRole('button', { name: 'Cancel order', exact: true })).toHaveCount(0)

    await choose(actions, 'Resume')
    await actions.getByRole('button', { name: 'Resume: confirm' }).click()
    await expect(status).toHaveText('Being made')

    await choose(actions, 'Cancel order')
    await actions.getByLabel(/Reason/).fill('The buyer withdrew by phone')
    await actions.getByRole('button', { name: 'Cancel order: confirm' }).click()
    await expect(status).toHaveText('Cancelled')
    await expect(actions).toContainText('None: this order is closed.')
    expect((await stored(order.id)).history.map((entry) => entry.action)).toEqual([
      'place',
      'accept',
      'assign',
      'hold',
      'resume',
      'cancel',
    ])

    const finished = await placeDemoOrder()
    await moveOver(finished.id, { action: 'accept' })
    await moveOver(finished.id, { action: 'assign', goldsmith: karigar!.id })
    await moveOver(finished.id, { action: 'complete' })
    const panel = await openOrder(page, finished.id)
    await choose(panel, 'Send back for rework')
    await panel.getByLabel(/What to put right/).fill('Polish the clasp again')
    await panel.getByRole('button', { name: 'Send back for rework: confirm' }).click()
    await expect(status).toHaveText('Being made')
    await expect(page.getByTestId('karigar')).toHaveText(karigar!.name)
    const reworked = await stored(finished.id)
    expect(reworked.history.at(-1)).toMatchObject({
      action: 'rework',
      note: 'Polish the clasp again',
      noteVisibility: 'karigar',
    })
    outside.expectNone()
  })

  test('shows a browser in UTC the order’s dates in the business’s time zone and rupees grouped the Indian way', async ({
    browser,
  }) => {
    const context = await browser.newContext({ timezoneId: 'UTC' })
    const page = await context.newPage()
    const outside = watchOutsideRequests(page)
    const order = await placeDemoOrder()
    const doc = await stored(order.id)
    await signIn(context, demoPeople.admin)
    await page.goto(`/admin/collections/orders/${order.id}`)
    const ist = formatDateTime(doc.createdAt, 'Asia/Kolkata')
    expect(ist).not.toBe(formatDateTime(doc.createdAt, 'UTC'))
    await expect(page.getByTestId('placed-at')).toHaveText(`Placed ${ist}`)
    await expect(page.getByTestId('history-entry').first()).toContainText(
      formatDateTime(doc.history[0]!.at, 'Asia/Kolkata'),
    )
    const total = page.getByTestId('total').locator('strong')
    await expect(total).toHaveText(formatInr(doc.totalAmount))
    // Indian grouping: the last three digits, then pairs (₹3,93,524).
    await expect(total).toHaveText(/^₹\d{1,2}(,\d{2})*(,\d{3})?$|^₹\d{1,3}$/)
    // The list shows the same.
    await page.goto(`/admin/collections/orders?search=${order.orderId}`)
    const row = page.locator('tr', { hasText: order.orderId })
    await expect(row).toContainText(ist)
    await expect(row).toContainText(formatInr(doc.totalAmount))
    outside.expectNone()
    await context.close()
  })
})

test.describe('admin: the karigar’s metal', () => {
  test('issues metal with the assignment, weighs the piece back, acknowledges the loss and shows the karigar’s account', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const token = await tokenFor(demoPeople.admin)
    const order = await placeDemoOrder()
    await moveOver(order.id, { action: 'accept' })
    const { items } = (await rest(`/api/orders/${order.id}?depth=0`, token)) as {
      items: { quantity: number; productSnapshot: { netWeight: number; purity: string } }[]
    }
    const net = items.reduce((sum, i) => sum + i.quantity * i.productSnapshot.netWeight, 0)
    const purity = items[0]!.productSnapshot.purity
    const [karigar] = await karigars()
    await signIn(context, demoPeople.admin)
    const actions = await openOrder(page, order.id)

    await choose(actions, 'Assign to goldsmith')
    await actions.getByRole('radio', { name: new RegExp(karigar!.name) }).check()
    const issue = actions.getByTestId('metal-issue')
    await issue.getByLabel('Weight (g)').fill(net.toFixed(3))
    await expect(issue.getByLabel('Purity')).toHaveValue(purity)
    await actions.getByRole('button', { name: 'Assign to goldsmith: confirm' }).click()
    await expect(page.getByTestId('karigar')).toHaveText(karigar!.name)

    // Half the metal comes back: far beyond any norm (the demo sets none, so none is allowed).
    const received = Math.round((net / 2) * 1000) / 1000
    await page.getByLabel('Piece received, net metal (g)').fill(received.toFixed(3))
    await page.getByLabel('Scrap returned (g)').fill('0')
    await page.getByRole('button', { name: 'Record receipt' }).click()
    await expect(page.getByTestId('metal-check')).toContainText(`issued ${net.toFixed(3)} g`)
    await expect(page.getByTestId('metal-variance')).toContainText('before dispatch')
    await page.getByLabel('Why the variance is accepted (staff only)').fill('Stones set short')
    await page.getByRole('button', { name: 'Acknowledge variance' }).click()
    await expect(page.getByText('Reconciled: nothing outstanding')).toBeVisible()

    // The ledger's list opens with each karigar's account, as the balances API gives it.
    const { docs } = (await rest('/api/metal-ledger/balances', token)) as {
      docs: {
        goldsmith: { id: number; name: string }
        purities: { purity: string; issued: number; writtenOff: number; balance: number }[]
      }[]
    }
    const account = docs.find((d) => d.goldsmith.id === karigar!.id)!
    const row = account.purities.find((p) => p.purity === purity)!
    expect(row.issued).toBeGreaterThanOrEqual(net)
    expect(row.writtenOff).toBeGreaterThanOrEqual(net - received)
    await page.goto('/admin/collections/metal-ledger')
    const balances = page.getByTestId('goldsmith-balances')
    await expect(balances).toContainText(karigar!.name)
    const shown = balances.getByTestId('goldsmith-balance').filter({ hasText: karigar!.name })
    await expect(shown.first()).toContainText(`${row.issued.toFixed(3)} g`)
    await expect(shown.first()).toContainText(`${row.balance.toFixed(3)} g`)
    outside.expectNone()
  })
})

test.describe('admin: the order list', () => {
  test('filters by status, finds an order by its ID and bulk-accepts the selected, listing the refused', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const orders = [await placeDemoOrder(), await placeDemoOrder(), await placeDemoOrder()]
    await signIn(context, demoPeople.admin)
    await page.goto('/admin/collections/orders')
    const filters = page.getByTestId('status-filters')
    await clickUntil(
      filters.getByRole('link', { name: /^Placed/ }),
      filters.locator('[aria-current="page"][data-status="ordered"]'),
    )
    await expect(page).toHaveURL(
      /where%5Bstatus%5D%5Bequals%5D=ordered|where\[status\]\[equals\]=ordered/,
    )
    for (const order of orders)
      await expect(page.locator('tr', { hasText: order.orderId })).toBeVisible()
    await expect(
      page.getByTestId('order-status-label').filter({ hasNotText: 'Placed' }),
    ).toHaveCount(0)

    // Meanwhile someone accepts the third: the bulk accept must refuse it and say why.
    await moveOver(orders[2]!.id, { action: 'accept' })
    const bulk = page.getByTestId('bulk-accept')
    for (const order of orders)
      await clickUntil(
        page.locator('tr', { hasText: order.orderId }).locator('input[type="checkbox"]'),
        bulk,
      )
    await page.getByRole('button', { name: 'Accept 3 selected' }).click()
    const outcome = page.getByTestId('bulk-accept-outcome')
    await expect(outcome).toContainText(`Accepted: ${orders[0]!.orderId}, ${orders[1]!.orderId}`)
    await expect(page.getByTestId('bulk-accept-refused')).toContainText(
      `${orders[2]!.orderId}: Cannot accept an order that is 'accepted'`,
    )
    for (const order of orders) expect((await stored(order.id)).status).toBe('accepted')
    expect((await stored(orders[2]!.id)).history.filter((h) => h.action === 'accept')).toHaveLength(
      1,
    )

    // The search box finds an order by its ID (typed again if it landed before React took over).
    await page.goto('/admin/collections/orders')
    const search = page.getByPlaceholder(/Search/)
    const rows = page.locator('tbody tr')
    await expect(async () => {
      await search.fill('')
      await search.fill(orders[1]!.orderId)
      await expect(rows).toHaveCount(1, { timeout: 5_000 })
    }).toPass({ timeout: 30_000 })
    await expect(rows).toContainText(orders[1]!.orderId)
    outside.expectNone()
  })
})

test.describe('admin: an order placed by staff for a customer', () => {
  test('takes the customer, an item and the delivery address from the create form', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
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
    outside.expectNone()
  })
})
