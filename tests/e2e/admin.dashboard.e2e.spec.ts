import { expect, test } from '@playwright/test'

import { formatDateTime } from '@/src/components/format'
import { orderStatuses } from '@/lib/orderStatus'

import { newVendorBody, unique } from '../helpers/accounts'
import { clickUntil, watchOutsideRequests } from '../helpers/adminBrowser'
import { baseURL, demoPeople, rest, signIn, tokenFor } from '../helpers/e2eBrowser'

const businessTimeZone = 'Asia/Kolkata'

/** How many documents of `collection` match `query`, as the admin's REST API counts them. */
const countAs = async (token: string, collection: string, query: string) =>
  ((await rest(`/api/${collection}?limit=1&depth=0&${query}`, token)) as { totalDocs: number })
    .totalDocs

/** A vendor registration waiting for approval, made over the public API. */
const registerVendor = async (businessName: string) => {
  const res = await fetch(`${baseURL()}/api/vendors`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(newVendorBody({ businessName })),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number; createdAt: string } }).doc
}

test.describe('admin: the staff dashboard', () => {
  test('counts what waits exactly as the API does, each count linking to its list', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    await registerVendor(`Dashboard Jewellers ${unique()}`)
    const token = await tokenFor(demoPeople.admin)
    await signIn(context, demoPeople.admin)
    await page.goto('/admin')

    for (const status of orderStatuses) {
      const tile = page.getByTestId(`dash-orders-${status}`)
      await expect(tile).toHaveAttribute(
        'data-count',
        String(await countAs(token, 'orders', `where[status][equals]=${status}`)),
      )
      await expect(tile).toHaveAttribute(
        'href',
        `/admin/collections/orders?${encodeURIComponent('where[and][0][status][equals]')}=${status}`,
      )
    }
    const pending = page.getByTestId('dash-vendors-pending')
    const pendingCount = await countAs(token, 'vendors', 'where[status][equals]=pending')
    expect(pendingCount).toBeGreaterThan(0)
    await expect(pending).toHaveAttribute('data-count', String(pendingCount))
    // Today's rates in rupees with Indian grouping, and when they were set.
    const rates = (await rest('/api/globals/rates?depth=0', token)) as { gold: number }
    await expect(page.getByTestId('dash-rates')).toContainText(
      new Intl.NumberFormat('en-IN', {
        style: 'currency',
        currency: 'INR',
        maximumFractionDigits: 0,
      }).format(rates.gold),
    )

    await pending.click()
    await expect(page).toHaveURL(/\/admin\/collections\/vendors\?/)
    await expect(page.getByTestId('pending-vendors')).toBeVisible()
    outside.expectNone()
  })

  test('shows staff their unread notifications on a bell', async ({ context, page }) => {
    const outside = watchOutsideRequests(page)
    // A new registration tells every staff member.
    await registerVendor(`Bell Jewellers ${unique()}`)
    const token = await tokenFor(demoPeople.admin)
    const { unread } = (await rest('/api/notifications/unread-count', token)) as { unread: number }
    expect(unread).toBeGreaterThan(0)
    await signIn(context, demoPeople.admin)
    await page.goto('/admin')

    const bell = page.getByTestId('staff-bell')
    await expect(bell.getByTestId('staff-bell-count')).toHaveText(
      unread > 99 ? '99+' : String(unread),
    )
    await clickUntil(
      bell.getByRole('button', { name: /Notifications/ }),
      bell.getByRole('region', { name: 'Notifications' }),
    )
    // Staff are led into the admin, not to storefront account pages.
    await expect(bell.locator('a').first()).toHaveAttribute('href', /^\/admin/)
    outside.expectNone()
  })
})

test.describe('admin: vendors', () => {
  test('approves a waiting vendor from the list, which then shows its Partner ID', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const name = `Approve Jewellers ${unique()}`
    const vendor = await registerVendor(name)
    await signIn(context, demoPeople.admin)
    await page.goto('/admin/collections/vendors')

    const row = page.getByTestId('pending-vendor').filter({ hasText: name })
    // Approving again is no change, so a click lost before hydration is simply made again.
    await expect(async () => {
      await row.getByRole('button', { name: `Approve ${name}` }).click({ timeout: 2_000 })
      await expect(row).toHaveCount(0, { timeout: 3_000 })
    }).toPass({ timeout: 30_000 })

    const token = await tokenFor(demoPeople.admin)
    const stored = (await rest(`/api/vendors/${vendor.id}?depth=0`, token)) as {
      status: string
      vendorId: string
    }
    expect(stored.status).toBe('approved')
    expect(stored.vendorId).toMatch(/^VND\d{3,}$/)

    await page.goto(`/admin/collections/vendors?where[vendorId][equals]=${stored.vendorId}`)
    await expect(page.getByRole('columnheader', { name: 'Partner ID' })).toBeVisible()
    const listed = page.locator('tbody tr').filter({ hasText: name })
    await expect(listed).toContainText(stored.vendorId)
    await expect(listed).toContainText('Approved')
    outside.expectNone()
  })

  test('shows a registration time in the shop’s time zone to a browser set to UTC', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: baseURL(), timezoneId: 'UTC' })
    const page = await context.newPage()
    const outside = watchOutsideRequests(page)
    const name = `Time Zone Jewellers ${unique()}`
    const vendor = await registerVendor(name)
    await signIn(context, demoPeople.admin)
    await page.goto(`/admin/collections/vendors?where[id][equals]=${vendor.id}`)

    const ist = formatDateTime(vendor.createdAt, businessTimeZone)
    const utc = formatDateTime(vendor.createdAt, 'UTC')
    expect(ist).not.toBe(utc)
    const row = page.locator('tbody tr').filter({ hasText: name })
    await expect(row).toContainText(ist)
    await expect(row).not.toContainText(utc)

    // Its own page: the dates above the form, where Payload's own line would say the UTC time.
    await page.goto(`/admin/collections/vendors/${vendor.id}`)
    const dates = page.getByTestId('document-dates')
    await expect(dates).toContainText(`Created ${ist}`)
    await expect(page.locator('body')).not.toContainText(utc, { useInnerText: true })
    outside.expectNone()
    await context.close()
  })
})

test.describe('admin: products', () => {
  test('lists a product with its category, thumbnail and price in rupees', async ({
    context,
    page,
  }) => {
    const outside = watchOutsideRequests(page)
    const token = await tokenFor(demoPeople.admin)
    const { docs } = (await rest(
      '/api/products?limit=1&depth=0&where[images][exists]=true',
      token,
    )) as {
      docs: { category: number; images: number[] }[]
    }
    const sku = `DASH-${unique()}`.slice(0, 40)
    const created = (await rest('/api/products?depth=0', token, {
      name: `Lakh Necklace ${sku}`,
      sku,
      category: docs[0].category,
      images: docs[0].images.slice(0, 1),
      metal: 'gold',
      purity: '22K',
      grossWeight: 40,
      netWeight: 38,
      price: 393524,
      status: 'draft',
    })) as { doc: { id: number } }
    const category = (await rest(`/api/categories/${docs[0].category}?depth=0`, token)) as {
      name: string
    }

    await signIn(context, demoPeople.admin)
    await page.goto(`/admin/collections/products?where[sku][equals]=${encodeURIComponent(sku)}`)
    const row = page.locator('tbody tr').filter({ hasText: sku })
    await expect(row).toContainText('₹3,93,524')
    await expect(row).toContainText(category.name)
    await expect(row).toContainText('Draft')
    await expect(row.locator('img.shop-thumb')).toHaveCount(1)
    await expect(page.getByText(/<No Category>/)).toHaveCount(0)

    // Publish it from the list's selection.
    await clickUntil(row.locator('input[type="checkbox"]').first(), page.getByTestId('bulk-status'))
    await page
      .getByTestId('bulk-status')
      .getByRole('button', { name: 'Publish', exact: true })
      .click()
    await expect(row).toContainText('Published')
    const stored = (await rest(`/api/products/${created.doc.id}?depth=0`, token)) as {
      status: string
    }
    expect(stored.status).toBe('published')
    outside.expectNone()
    // Off the shelf again: the storefront's tests count the pieces of this category.
    await rest(`/api/products/${created.doc.id}`, token, undefined, 'DELETE')
  })
})
