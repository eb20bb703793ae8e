import { expect, test } from '@playwright/test'

import {
  demoPeople,
  phone,
  placeDemoOrder,
  rest,
  signIn,
  tokenFor,
  waitForHydration,
} from '../helpers/e2eBrowser'

const accept = async (orderId: number) =>
  rest(`/api/orders/${orderId}/transition`, await tokenFor(demoPeople.admin), {
    action: 'accept',
    note: 'A lovely choice.',
    noteVisibility: 'buyer',
  })

test.describe('notifications: the bell', () => {
  test.use({ viewport: phone })

  test.beforeEach(async () => {
    const customer = await tokenFor(demoPeople.customer)
    await rest('/api/notifications/mark-all-read', customer, {})
  })

  test('shows an acceptance live, without a reload, and marks everything read', async ({
    page,
    context,
  }) => {
    await signIn(context, demoPeople.customer)
    const order = await placeDemoOrder()
    const feedLoaded = page.waitForResponse((r) => r.url().includes('/api/notifications/feed'))
    const streamOpened = page.waitForRequest((r) => r.url().includes('/api/notifications/stream'))
    await page.goto('/')
    await waitForHydration(page)
    await Promise.all([feedLoaded, streamOpened])
    const bell = page.getByRole('button', { name: /^Notifications/ })
    await expect(bell).toHaveAccessibleName('Notifications')
    await expect(page.getByTestId('bell-count')).toHaveCount(0)

    await accept(order.id)
    // The stream reads the database every 3 s; the fallback polls only every 20 s.
    await expect(page.getByTestId('bell-count')).toHaveText('1', { timeout: 12_000 })
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread')

    await bell.click()
    await expect(bell).toHaveAttribute('aria-expanded', 'true')
    const panel = page.getByRole('region', { name: 'Notifications' })
    const newest = panel.getByTestId('notification').first()
    await expect(newest).toContainText('Your order is accepted')
    await expect(newest).toContainText(`Order ${order.orderId} is accepted`)
    await expect(newest).toHaveAttribute('href', `/account/orders/${order.orderId}`)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(bell).toBeFocused()

    await bell.click()
    await panel.getByRole('button', { name: 'Mark all read' }).click()
    await expect(page.getByTestId('bell-count')).toHaveCount(0)
    await expect(panel.getByRole('button', { name: 'Mark all read' })).toHaveCount(0)
    const customer = await tokenFor(demoPeople.customer)
    await expect
      .poll(async () => (await rest('/api/notifications/unread-count', customer)).unread)
      .toBe(0)
  })

  test('opens a notification at its order, marking it read, and lists it on the notifications page', async ({
    page,
    context,
  }) => {
    await signIn(context, demoPeople.customer)
    const order = await placeDemoOrder()
    await accept(order.id)
    await page.goto('/')
    await waitForHydration(page)
    await expect(page.getByTestId('bell-count')).toHaveText('1')
    await page.getByRole('button', { name: /^Notifications/ }).click()
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByTestId('notification')
      .first()
      .click()
    await expect(page).toHaveURL(new RegExp(`/account/orders/${order.orderId}$`))
    await expect(page.getByTestId('order-page')).toBeVisible()
    await expect(page.getByTestId('bell-count')).toHaveCount(0)

    await page.goto('/account/notifications')
    await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible()
    const listed = page.getByTestId('notification').first()
    await expect(listed).toContainText(`Order ${order.orderId} is accepted`)
    await expect(listed).toHaveAttribute('data-read', 'true')
    await expect(page.getByTestId('unread-summary')).toHaveText('All read')
  })
})
