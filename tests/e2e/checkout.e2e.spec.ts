import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { defaultGstRate } from '@/lib/gst'
import { orderAmounts } from '@/lib/pricing'
import { demoPassword } from '@/scripts/seed/accounts'
import { addDays, formatDay } from '@/lib/readyDate'

import {
  baseURL,
  demoPeople,
  phone,
  rest,
  signIn,
  tokenFor,
  waitForHydration,
  type Person,
} from '../helpers/e2eBrowser'

type Piece = { id: number; slug: string; name: string; sku: string; sizes?: string[] }
let product: Piece
// A size the piece is made in, when it has any (the server refuses any other).
const sizeOf = (piece: Piece) => piece.sizes?.[0] ?? ''

test.beforeAll(async () => {
  const res = await fetch(`${baseURL()}/api/products?limit=1&depth=0&sort=name`)
  product = ((await res.json()) as { docs: (typeof product)[] }).docs[0]
})

const inr = (amount: number) => `₹${new Intl.NumberFormat('en-IN').format(amount)}`

const people = {
  ...demoPeople,
  otherCustomer: { collection: 'customers', email: 'arjun@demo.local' },
  pendingVendor: { collection: 'vendors', email: 'pending.vendor@demo.local' },
} as const satisfies Record<string, Person>

/** Signs `person` in and opens the cart, which already holds two of `piece` (the first product), in its first size. */
const openCartAs = async (
  context: BrowserContext,
  page: Page,
  person: Person,
  piece: Piece = product,
) => {
  const cartKey = await signIn(context, person)
  const line = {
    key: `${piece.id}|${sizeOf(piece)}|Rose gold tint`,
    productId: piece.id,
    slug: piece.slug,
    name: piece.name,
    sku: piece.sku,
    image: null,
    description: '',
    size: sizeOf(piece),
    notes: 'Rose gold tint',
    quantity: 2,
  }
  await page.addInitScript(
    ({ key, value }) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value)
    },
    { key: cartKey, value: JSON.stringify([line]) },
  )
  await page.goto('/cart')
  await waitForHydration(page)
}

test.describe('storefront: ordering from the cart', () => {
  test.use({ viewport: phone })

  test('lets a customer place an order, names a missing field, then follow and cancel it', async ({
    browser,
    context,
    page,
  }) => {
    await openCartAs(context, page, people.customer)
    // No money for a customer, neither in the cart nor at checkout.
    await expect(page.getByTestId('cart-items')).toContainText(product.name)
    await expect(
      page.locator(
        '[data-testid=cart-line-price], [data-testid=cart-total], [data-testid=checkout-total]',
      ),
    ).toHaveCount(0)
    await expect(page.locator('main')).not.toContainText('₹')

    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page.locator('[data-field-error=address]')).toHaveText(/address/i)

    await page.getByLabel('Delivery address').fill('12 Residency Road, Bengaluru')
    await page.getByLabel('PIN code').fill('560025')
    await page.getByLabel('Instructions').fill('Call before delivery')
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    const orderId = /orders\/(\d+)/.exec(page.url())![1]

    await expect(page.getByTestId('order-placed')).toBeVisible()
    const order = page.getByTestId('order-page')
    await expect(order).toContainText(product.name)
    await expect(order).toContainText(sizeOf(product) ? `Qty 2 · Size ${sizeOf(product)}` : 'Qty 2')
    await expect(order).toContainText('560025')
    await expect(page.getByTestId('order-status')).toHaveText('Placed')
    await expect(page.getByTestId('amount-note')).toBeVisible()
    // A customer sees no price, not even the order's total.
    await expect(page.locator('[data-testid=line-price], [data-testid=order-total]')).toHaveCount(0)
    await expect(order).not.toContainText('₹')
    // The cart was emptied.
    await expect(page.getByTestId('cart-count')).toHaveCount(0)

    await page.goto('/account')
    const listed = page.getByTestId('order-list').getByRole('listitem').filter({ hasText: orderId })
    // One line of two pieces reads "× 2", never "and 1 more".
    await expect(listed).toContainText(`${product.name} × 2`)
    await expect(listed).not.toContainText('more')

    await page.goto(`/account/orders/${orderId}`)
    await waitForHydration(page)
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByRole('button', { name: 'Cancel order' }).click()
    // The page reloads with the new status.
    await expect(page.getByTestId('order-status')).toHaveText('Cancelled')
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0)
    // "We confirm the amount" belongs to an order still waiting for us, not to this one.
    await expect(page.getByTestId('amount-note')).toHaveCount(0)

    // Another customer gets the 404 page for it, not the order.
    const other = await browser.newContext()
    await signIn(other, people.otherCustomer)
    const otherPage = await other.newPage()
    const res = await otherPage.goto(`/account/orders/${orderId}`)
    expect(res?.status()).toBe(404)
    // The whole document, markup and embedded data included, not only the visible text.
    expect(await otherPage.content()).not.toContain('Residency Road')
    await other.close()
  })

  test('shows the customer every step with the ready date, and the new date once staff accept', async ({
    context,
    page,
  }) => {
    await openCartAs(context, page, people.customer)
    await page.getByLabel('Delivery address').fill('9 Lake View, Udaipur')
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    const orderId = /orders\/(\d+)/.exec(page.url())![1]

    // Every step, the first current, the rest to come, the ready date on "Ready".
    const progress = page.getByTestId('order-progress')
    await expect(progress.getByRole('listitem')).toHaveText([
      /Placed, now/,
      /Accepted, to come/,
      /Being made, to come/,
      /Ready, to come/,
      /Dispatched, to come/,
      /Delivered, to come/,
    ])
    await expect(progress.getByTestId('step-ordered')).toHaveAttribute('data-state', 'current')
    await expect(progress.getByTestId('step-delivered')).toHaveAttribute('data-state', 'upcoming')
    const readyStep = progress.getByTestId('step-completed')
    await expect(readyStep).toContainText(/By \d{1,2} \w{3} \d{4}/)
    const promised = /By (.+)$/.exec(
      (await readyStep.getByTestId('step-date').innerText()).trim(),
    )![1]
    await expect(page.getByTestId('ready-by')).toHaveText(`Ready by ${promised}`)
    // The whole progress bar fits a phone's width.
    const box = await progress.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width)

    // Staff accept, having confirmed the amount on the phone, and move the date.
    const admin = await tokenFor(demoPeople.admin)
    const { docs } = await rest(`/api/orders?where[orderId][equals]=${orderId}&depth=0`, admin)
    const today = new Date().toISOString().slice(0, 10)
    const moved = addDays(today, 45)
    await rest(`/api/orders/${docs[0].id}/transition`, admin, {
      action: 'accept',
      readyBy: moved,
      amountConfirmation: { via: 'phone' },
    })

    await page.reload()
    await expect(page.getByTestId('ready-by')).toHaveText(`Ready by ${formatDay(moved)}`)
    await expect(progress.getByTestId('step-accepted')).toHaveAttribute('data-state', 'current')
    await expect(readyStep).toContainText(`By ${formatDay(moved)}`)
    await expect(page.getByTestId('timeline-confirmation')).toHaveText(/Amount confirmed by phone/)
    await expect(page.getByTestId('order-page')).not.toContainText('₹')
  })

  test('shows an approved vendor each × quantity, subtotal, GST and total in the cart, at checkout and on the order', async ({
    context,
    page,
  }) => {
    const { price } = await rest(
      `/api/products/${product.id}?depth=0`,
      await tokenFor(people.admin),
    )
    const { gstRate } = await (await fetch(`${baseURL()}/api/globals/site-settings`)).json()
    expect(gstRate).toBe(defaultGstRate)
    const amounts = orderAmounts([{ priceAtOrder: price, quantity: 2 }], gstRate)
    const expectMoney = async (prefix: string) => {
      await expect(page.getByTestId(`${prefix}-subtotal`)).toHaveText(inr(amounts.subtotal))
      await expect(page.getByTestId(`${prefix}-gst`)).toHaveText(inr(amounts.gst))
      await expect(page.getByTestId(`${prefix}-total`)).toHaveText(inr(amounts.total))
    }

    await openCartAs(context, page, people.approvedVendor)
    await expect(page.getByTestId('cart-line-price')).toHaveText(
      `${inr(price)} each × 2 = ${inr(price * 2)}`,
    )
    await expectMoney('cart')
    await expect(page.getByText(`GST ${gstRate}%`)).toBeVisible()
    await expect(page.getByTestId('checkout-total')).toContainText(inr(amounts.total))
    await expect(page.getByTestId('checkout-total')).toContainText(`GST ${inr(amounts.gst)}`)

    await page.getByLabel('Delivery address').fill('Shop 4, Johari Bazaar, Jaipur')
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    await expect(page.getByTestId('line-price')).toHaveText(
      `${inr(price)} each × 2 = ${inr(price * 2)}`,
    )
    await expectMoney('order')
  })

  test('taxes a rate-linked piece’s making at its own GST rate in the cart, as the placed order does', async ({
    context,
    page,
  }) => {
    const admin = await tokenFor(people.admin)
    const { docs } = await rest(
      '/api/products?where[pricing][equals]=rate_linked&where[makingCharges][greater_than]=0&where[status][equals]=published&limit=1&depth=0',
      admin,
    )
    const piece = docs[0] as Piece & { price: number }
    // Making charged at 5 % while the metal stays at the default: no one rate to name.
    await rest('/api/globals/site-settings', admin, { gstRates: { making: 5 } })
    try {
      await openCartAs(context, page, people.approvedVendor, piece)
      const cartTotal = await page.getByTestId('cart-total').innerText()
      const cartGst = await page.getByTestId('cart-gst').innerText()
      // Not the single-rate sum: the making's share is taxed at 5 %.
      const flat = orderAmounts([{ priceAtOrder: piece.price, quantity: 2 }], defaultGstRate)
      expect(cartGst).not.toBe(inr(flat.gst))
      await expect(page.getByText(`GST ${defaultGstRate}%`)).toHaveCount(0)
      await expect(page.getByTestId('checkout-total')).toContainText(cartTotal)

      await page.getByLabel('Delivery address').fill('Shop 4, Johari Bazaar, Jaipur')
      await page.getByRole('button', { name: 'Place order' }).click()
      await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
      await expect(page.getByTestId('order-gst')).toHaveText(cartGst)
      await expect(page.getByTestId('order-total')).toHaveText(cartTotal)
    } finally {
      await rest('/api/globals/site-settings', admin, { gstRates: { making: null } })
    }
  })

  test('lets a customer save an address, pick it at checkout and change the placed order', async ({
    context,
    page,
  }) => {
    // A customer of this test's own: a saved address would fill another test's checkout.
    const email = `saver-${Date.now()}@demo.local`
    const registered = await fetch(`${baseURL()}/api/customers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email,
        password: demoPassword,
        name: 'Meera Iyer',
        phone: '9812345670',
      }),
    })
    expect(registered.status).toBe(201)
    const saver = { collection: 'customers', email } as const
    await signIn(context, saver)

    await page.goto('/account')
    await waitForHydration(page)
    await page.getByRole('button', { name: 'Add an address' }).click()
    const form = page.getByTestId('address-form')
    await form.getByLabel('Call it').fill('Home')
    await expect(form.getByLabel('Name')).toHaveValue('Meera Iyer')
    await form.getByLabel('Delivery address').fill('21 Cathedral Road, Chennai')
    await form.getByLabel('PIN code').fill('600086')
    await form.getByLabel('Phone').fill('98123 45670')
    await form.getByRole('button', { name: 'Save address' }).click()
    await expect(page.getByTestId('saved-addresses')).toContainText(
      'Home · Meera Iyer, 21 Cathedral Road, Chennai 600086',
    )

    await openCartAs(context, page, saver)
    await page.getByRole('radio', { name: /A new address/ }).check()
    await expect(page.getByLabel('Delivery address')).toHaveValue('')
    await page.getByRole('radio', { name: /^Home · Meera Iyer/ }).check()
    await expect(page.getByLabel('Delivery address')).toHaveValue('21 Cathedral Road, Chennai')
    await expect(page.getByLabel('PIN code')).toHaveValue('600086')
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
    await expect(page.getByTestId('order-page')).toContainText('21 Cathedral Road, Chennai')

    await waitForHydration(page)
    await page.getByRole('button', { name: 'Change this order' }).click()
    await page.getByLabel('Qty').fill('3')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByTestId('edit-saved')).toBeVisible()
    await expect(page.getByTestId('order-page')).toContainText(
      sizeOf(product) ? `Qty 3 · Size ${sizeOf(product)}` : 'Qty 3',
    )
    const timeline = page.getByTestId('timeline')
    await expect(timeline).toContainText('Order changed')
    await expect(timeline).toContainText(`${product.name}: quantity from 2 to 3`)
  })

  test('tells a vendor awaiting approval why it cannot order yet', async ({ context, page }) => {
    await openCartAs(context, page, people.pendingVendor)
    await expect(page.getByTestId('checkout-refusal')).toHaveText(/awaiting approval/)
    await expect(page.getByTestId('checkout-form')).toHaveCount(0)
  })
})
