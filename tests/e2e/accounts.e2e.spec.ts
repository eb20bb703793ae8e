import { expect, test } from '@playwright/test'

import { newCustomerBody, newGoldsmithBody, newVendorBody } from '../helpers/accounts'
import { baseURL, demoPeople, phone, tokenFor, waitForHydration } from '../helpers/e2eBrowser'
import { waitForMailIn } from '../helpers/smtpServer'

const kinds = [
  { collection: 'customers', label: 'Customer', body: newCustomerBody, byStaff: false },
  { collection: 'vendors', label: 'Retail partner', body: newVendorBody, byStaff: false },
  { collection: 'goldsmiths', label: 'Karigar', body: newGoldsmithBody, byStaff: true },
] as const

const post = async (path: string, body: object, token?: string) =>
  fetch(`${baseURL()}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

test.describe('storefront: a forgotten password, reset through the emailed link', () => {
  test.use({ viewport: phone })

  for (const kind of kinds) {
    test(`a ${kind.label.toLowerCase()} asks for a link, follows it and signs in with the new password`, async ({
      page,
    }) => {
      const account = kind.body()
      const staff = kind.byStaff ? await tokenFor(demoPeople.admin) : undefined
      expect((await post(`/api/${kind.collection}`, account, staff)).status).toBe(201)

      await page.goto('/login')
      await waitForHydration(page)
      await page.getByRole('link', { name: /forgot/i }).click()
      await expect(page).toHaveURL(/\/forgot-password/)
      await waitForHydration(page)
      await page.getByText(kind.label, { exact: true }).click()
      await page.getByLabel('Email').fill(account.email)
      await page.getByRole('button', { name: 'Email me a reset link' }).click()
      await expect(page.getByTestId('reset-requested')).toBeVisible()

      const mail = await waitForMailIn(process.env.E2E_MAILBOX!, account.email, (m) =>
        /reset-password\?/.test(m.text + m.html),
      )
      const link = /https?:\/\/[^\s"<>]+\/reset-password\?[^\s"<>]+/.exec(mail.text || mail.html)
      expect(link, 'a reset link in the email').toBeTruthy()
      const url = new URL(link![0].replace(/&amp;/g, '&'))
      expect(url.searchParams.get('collection')).toBe(kind.collection)

      await page.goto(`${url.pathname}${url.search}`)
      await waitForHydration(page)
      const fresh = `Fresh-pass-${Date.now()}`
      await page.getByLabel('New password', { exact: true }).fill(fresh)
      await page.getByLabel('The same again').fill(fresh)
      await page.getByRole('button', { name: 'Save and sign in' }).click()
      await expect(page).toHaveURL(/\/account/)

      // The new password signs in; the old one no longer does; the link does not work twice.
      const login = (password: string) =>
        post(`/api/${kind.collection}/login`, { email: account.email, password })
      expect((await login(fresh)).status).toBe(200)
      expect((await login(account.password)).status).toBe(401)
      const again = await post(`/api/${kind.collection}/reset-password`, {
        token: url.searchParams.get('token'),
        password: `Another-pass-${Date.now()}`,
      })
      expect(again.status).toBeGreaterThanOrEqual(400)
    })
  }
})
