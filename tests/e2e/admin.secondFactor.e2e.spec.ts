import { expect, test } from '@playwright/test'
import { generateSync } from 'otplib'

import { demoPassword } from '@/scripts/seed/accounts'

import { baseURL, demoPeople, tokenFor } from '../helpers/e2eBrowser'

const code = (secret: string, ahead = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 })

const post = async (path: string, token: string, body: unknown = {}) => {
  const res = await fetch(`${baseURL()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300)
  return res.json()
}

/** A staff member of this test's own, with a second factor turned on over REST. */
const staffWithSecondFactor = async () => {
  const email = `desk-${Date.now()}@demo.local`
  const { doc } = await post('/api/users', await tokenFor(demoPeople.admin), {
    email,
    password: demoPassword,
    name: 'Front Desk',
    role: 'staff',
  })
  const login = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  const setup = await post('/api/users/second-factor/setup', token)
  await post('/api/users/second-factor/enable', token, {
    enrolment: setup.enrolment,
    code: code(setup.secret),
  })
  return { id: doc.id as number, email, secret: setup.secret as string }
}

/** Staff are mailed every new order: remove the one this test made. */
const removeStaff = async (id: number) =>
  fetch(`${baseURL()}/api/users/${id}`, {
    method: 'DELETE',
    headers: { Authorization: `JWT ${await tokenFor(demoPeople.admin)}` },
  })

test.describe('admin sign-in', () => {
  test('asks staff with a second factor for their code, then opens the admin', async ({ page }) => {
    const staff = await staffWithSecondFactor()
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(staff.email)
    await page.getByLabel('Password').fill(demoPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Enter the 6-digit code')).toBeVisible()
    await page.getByLabel('Code').fill('000000')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('That code is not right')).toBeVisible()
    await page.getByLabel('Code').fill(code(staff.secret, 1))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await expect(page.getByRole('link', { name: /Orders/ }).first()).toBeVisible()
    await removeStaff(staff.id)
  })

  test('signs the demo admin in with the password alone, and shows the account’s security', async ({
    page,
  }) => {
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(demoPeople.admin.email)
    await page.getByLabel('Password').fill(demoPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await page.goto('/admin/account')
    const security = page.getByTestId('account-security')
    await expect(security).toContainText('Second factor')
    await expect(security.getByTestId('sessions')).toContainText('this browser')
    await security.getByRole('button', { name: 'Turn on a second factor' }).click()
    await expect(security.getByTestId('enrolment')).toBeVisible()
    await expect(security.getByRole('img', { name: /QR code/ })).toBeVisible()
    await security.getByRole('button', { name: 'Cancel' }).click()
    await expect(security.getByRole('button', { name: 'Turn on a second factor' })).toBeVisible()
  })
})
