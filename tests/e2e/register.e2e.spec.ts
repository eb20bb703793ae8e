import { describe, expect, it } from 'vitest'

import { browserPerFile, newContext, waitForHydration } from '../helpers/e2eBrowser'

const browser = browserPerFile()

describe('storefront: registration', () => {
  it('names every problem at once on a phone, then registers a retail partner awaiting approval', async () => {
    const context = await newContext(browser(), { width: 390, height: 844 })
    const page = await context.newPage()
    await page.goto('/register')
    await waitForHydration(page, '[data-testid=register-form] button[type=submit]')
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
    await page.locator('[data-field-error=gstNumber]').waitFor()
    expect(
      await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-field-error'))),
    ).toEqual(['phone', 'gstNumber', 'password'])
    expect(await page.locator('[data-field-error=gstNumber]').textContent()).toMatch(/check digit/)

    await page.getByLabel('Mobile number').fill('98765 43210')
    await page.getByLabel('GSTIN').fill('27AAPFU0939F1ZV')
    await page.getByLabel('Password').fill('Kiran-gold-2026')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL(/\/account/)
    await page.locator('[data-testid=vendor-status]').waitFor()
    expect(await page.locator('[data-testid=vendor-status]').textContent()).toMatch(
      /review|approv/i,
    )
    await context.close()
  })
})
