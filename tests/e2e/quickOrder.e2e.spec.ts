import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { gstOn } from '@/lib/gst'
import { maxItemsPerOrder } from '@/lib/orderLines'
import { formatInr } from '@/src/components/format'

import { seriousViolations } from '../helpers/axe'
import { demoPeople, phone, rest, signIn, tokenFor, waitForHydration } from '../helpers/e2eBrowser'

type Piece = { id: number; sku: string; name: string; sizes: string[]; price: number }

let sized: Piece
let sizedToo: Piece
let oneSize: Piece | undefined

// The catalogue as the approved vendor reads it over REST: prices come with it.
test.beforeAll(async () => {
  const token = await tokenFor(demoPeople.approvedVendor)
  const { docs } = (await rest(
    '/api/products?limit=100&depth=0&sort=sku&select[sku]=true&select[name]=true&select[sizes]=true&select[price]=true',
    token,
  )) as { docs: Piece[] }
  const withSizes = docs.filter((doc) => doc.sizes.length > 1)
  ;[sized, sizedToo] = withSizes
  oneSize = docs.find((doc) => doc.sizes.length === 0)
})

const openQuickOrder = async (context: BrowserContext, page: Page, query = '') => {
  await signIn(context, demoPeople.approvedVendor)
  await page.goto(`/account/quick-order${query}`)
  await waitForHydration(page)
}

/** From the review: the delivery address, then Place order; the placed order's page. */
const placeFromReview = async (page: Page) => {
  await expect(page.getByTestId('quick-review')).toBeVisible()
  await page.getByLabel('Delivery address').fill('14 Zaveri Bazaar, Mumbai, Maharashtra')
  await page.getByRole('button', { name: 'Place order' }).click()
  await expect(page).toHaveURL(/\/account\/orders\/\d{8,}\?placed=1$/)
  return page.getByTestId('order-page')
}

const reviewAndPlace = async (page: Page) => {
  await page.getByRole('button', { name: 'Review order' }).click()
  return placeFromReview(page)
}

test.describe('quick order for the trade', () => {
  test.use({ viewport: phone })

  test('an approved vendor adds a piece by typing its SKU, sets it, reviews the prices and places it', async ({
    context,
    page,
  }) => {
    // From the account page, where approved vendors find it.
    await signIn(context, demoPeople.approvedVendor)
    await page.goto('/account')
    await page.getByRole('link', { name: 'Quick order by SKU or CSV' }).click()
    await expect(page).toHaveURL(/\/account\/quick-order$/)
    await waitForHydration(page)
    const search = page.getByRole('combobox', { name: 'SKU or name' })

    // Escape closes the list, then clears the box.
    await search.fill(sized.name.split(' ')[0])
    await expect(search).toHaveAttribute('aria-expanded', 'true')
    await search.press('Escape')
    await expect(search).toHaveAttribute('aria-expanded', 'false')
    await search.press('Escape')
    await expect(search).toHaveValue('')

    await search.fill(sized.sku)
    const option = page.getByRole('option', { name: new RegExp(sized.name) })
    await expect(option).toContainText(sized.sku)
    await expect(option).toContainText(formatInr(sized.price))
    await expect(option).toHaveAttribute('aria-selected', 'true')
    await expect(search).toHaveAttribute(
      'aria-activedescendant',
      (await option.getAttribute('id'))!,
    )
    // The open combobox, as axe-core reads it.
    expect(await seriousViolations(page)).toEqual([])
    await search.press('Enter')
    await expect(search).toHaveValue('')
    await expect(search).toBeFocused()

    const line = page.getByTestId('quick-line')
    await expect(line).toHaveCount(1)
    await expect(line).toContainText(sized.name)
    // The size menu offers exactly the piece's own sizes.
    const size = line.getByLabel('Size')
    await expect(size.locator('option')).toHaveText(['Choose…', ...sized.sizes])

    // Without a size the line is named, and the review does not open.
    await page.getByRole('button', { name: 'Review order' }).click()
    await expect(line.getByTestId('line-problems')).toContainText(`Choose a size for ${sized.name}`)
    await expect(page.getByTestId('quick-review')).toHaveCount(0)
    await expect(size).toHaveAttribute('aria-invalid', 'true')
    expect(await seriousViolations(page)).toEqual([])

    await line.getByLabel('Qty').fill('2')
    await size.selectOption(sized.sizes[1])
    await line.getByLabel('Notes for the karigar').fill('Matte finish')
    await expect(line.getByTestId('line-total')).toContainText(formatInr(sized.price * 2))

    await page.getByRole('button', { name: 'Review order' }).click()
    const review = page.getByTestId('review-line')
    await expect(review).toContainText(`${formatInr(sized.price)} × 2`)
    // The demo shop's GST rate is the default 3 %.
    const total = formatInr(sized.price * 2 + gstOn(sized.price * 2, 3))
    await expect(page.getByTestId('quick-subtotal')).toHaveText(formatInr(sized.price * 2))
    await expect(page.getByTestId('quick-gst')).toHaveText(formatInr(gstOn(sized.price * 2, 3)))
    await expect(page.getByTestId('quick-total')).toHaveText(total)

    const order = await placeFromReview(page)
    await expect(order).toContainText(sized.name)
    await expect(order).toContainText(`Qty 2 · Size ${sized.sizes[1]}`)
    await expect(order).toContainText('Matte finish')
    await expect(page.getByTestId('order-total')).toContainText(total)
  })

  test('a pasted CSV with a bad line names it and adds nothing; fixed, it is placed', async ({
    context,
    page,
  }) => {
    await openQuickOrder(context, page)
    const second = oneSize ?? sizedToo
    const secondSize = second.sizes[0] ?? ''
    const good = `${sized.sku.toLowerCase()},3,${sized.sizes[0]},"Engrave ""R & S"", inside"`
    const csv = (last: string) => `\uFEFFsku,quantity,size,notes\r\n${good}\r\n\r\n${last}\r\n`

    const box = page.getByLabel('Lines as CSV')
    await box.fill(csv(`${second.sku},2,99,`))
    await page.getByRole('button', { name: 'Check and add lines' }).click()
    const problems = page.getByTestId('csv-problems')
    // The blank line still counts: the bad line is the fourth of the text.
    await expect(problems).toContainText('1 line needs changing; nothing was added.')
    await expect(problems).toContainText(`Line 4 (${second.sku}):`)
    await expect(page.getByTestId('quick-line')).toHaveCount(0)

    await box.fill(csv(`NOPE-404,2,,`))
    await page.getByRole('button', { name: 'Check and add lines' }).click()
    await expect(problems).toContainText('Line 4 (NOPE-404): Unknown SKU “NOPE-404”')
    await expect(page.getByTestId('quick-line')).toHaveCount(0)

    await box.fill(csv(`${second.sku},2,${secondSize},`))
    await page.getByRole('button', { name: 'Check and add lines' }).click()
    await expect(page.getByTestId('quick-line')).toHaveCount(2)
    await expect(problems).toHaveCount(0)
    await expect(box).toHaveValue('')

    const order = await reviewAndPlace(page)
    await expect(order).toContainText(sized.name)
    await expect(order).toContainText(`Qty 3 · Size ${sized.sizes[0]}`)
    await expect(order).toContainText('Engrave "R & S", inside')
    await expect(order).toContainText(second.name)
  })

  test('an uploaded CSV with more lines than an order holds is refused with the limit', async ({
    context,
    page,
  }) => {
    await openQuickOrder(context, page)
    const lines = Array.from(
      { length: maxItemsPerOrder + 1 },
      () => `${sized.sku},1,${sized.sizes[0]}`,
    )
    await page.getByLabel('Upload a CSV file').setInputFiles({
      name: 'order.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    })
    await expect(page.getByTestId('csv-lines').getByRole('alert')).toContainText(
      `One order holds at most ${maxItemsPerOrder} lines and this has ${maxItemsPerOrder + 1}.`,
    )
    await expect(page.getByTestId('quick-line')).toHaveCount(0)
  })

  test('"Order again" puts a past order’s lines in the quick order and names the piece withdrawn since', async ({
    context,
    page,
  }) => {
    // A piece of its own, published, ordered, then withdrawn: the shared catalogue stays as it is.
    const admin = await tokenFor(demoPeople.admin)
    const { docs: categories } = await rest('/api/categories?limit=1&depth=0', admin)
    const withdrawn = (
      await rest('/api/products', admin, {
        name: 'Reorder Test Jhumka',
        sku: `E2E-RE-${Date.now()}`,
        category: categories[0].id,
        metal: 'gold',
        purity: '22K',
        grossWeight: 8,
        netWeight: 7.5,
        price: 61_000,
        sizes: [],
        status: 'published',
      })
    ).doc as { id: number; sku: string; name: string }
    const vendor = await tokenFor(demoPeople.approvedVendor)
    const placed = (
      await rest('/api/orders', vendor, {
        items: [
          { product: sizedToo.id, quantity: 4, size: sizedToo.sizes[0], notes: 'Same as before' },
          { product: withdrawn.id, quantity: 1 },
        ],
        customerSnapshot: { address: '3 Johari Bazaar, Jaipur, Rajasthan' },
      })
    ).doc as { orderId: string }
    await rest(`/api/products/${withdrawn.id}`, admin, { status: 'draft' }, 'PATCH')

    await signIn(context, demoPeople.approvedVendor)
    await page.goto(`/account/orders/${placed.orderId}`)
    await waitForHydration(page)
    await page.getByRole('link', { name: 'Order again' }).click()
    await expect(page).toHaveURL(new RegExp(`/account/quick-order\\?again=${placed.orderId}$`))
    await expect(page.getByTestId('order-again')).toContainText(`order ${placed.orderId}`)
    await expect(page.getByTestId('left-out')).toContainText(`${withdrawn.name} (${withdrawn.sku})`)
    const line = page.getByTestId('quick-line')
    await expect(line).toHaveCount(1)
    await expect(line).toContainText(sizedToo.name)
    await expect(line.getByLabel('Qty')).toHaveValue('4')
    await expect(line.getByLabel('Size')).toHaveValue(sizedToo.sizes[0])
    await expect(line.getByLabel('Notes for the karigar')).toHaveValue('Same as before')

    const order = await reviewAndPlace(page)
    await expect(order).toContainText(`Qty 4 · Size ${sizedToo.sizes[0]}`)
    await expect(order).not.toContainText(withdrawn.name)
  })

  test('sends anyone but an approved vendor to their account, and shows them no link', async ({
    context,
    page,
  }) => {
    await signIn(context, demoPeople.customer)
    await page.goto('/account/quick-order')
    await expect(page).toHaveURL(/\/account$/)
    await expect(page.getByRole('link', { name: 'Quick order' })).toHaveCount(0)
  })
})
