import { expect, test } from '@playwright/test'

import { phone, waitForHydration } from '../helpers/e2eBrowser'

test.describe('storefront: registration', () => {
  test.use({ viewport: phone })

  test('names every problem at once on a phone, then registers a retail partner awaiting approval', async ({
    page,
  }) => {
    await page.goto('/register')
    await waitForHydration(page)
    await page.locator('input[value=vendors]').check({ force: true })
    await page.getByLabel('Business name').fill('Kiran Jewellers')
    await page.getByLabel('Owner name').fill('Kiran Shah')
    await page.getByLabel('Email').fill(`kiran.${Date.now()}@test.example`)
    await page.getByLabel('Mobile number').fill('12345')
    await page.getByLabel('GSTIN').fill('27AAPFU0939F1ZX')
    await page.getByLabel('City').fill('Pune')
    await page.getByLabel('Password').fill('short1')
    await page.getByRole('button', { name: 'Create account' }).click()

    const problems = page.locator('[data-field-error]')
    await expect(problems).toHaveCount(3)
    expect(
      await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-field-error'))),
    ).toEqual(['phone', 'gstNumber', 'password'])
    await expect(page.locator('[data-field-error=gstNumber]')).toHaveText(/check digit/)

    await page.getByLabel('Mobile number').fill('98765 43210')
    await page.getByLabel('GSTIN').fill('27AAPFU0939F1ZV')
    await page.getByLabel('Password').fill('Kiran-gold-2026')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page).toHaveURL(/\/account/)
    await expect(page.getByTestId('vendor-status')).toHaveText(/review|approv/i)
  })
})
