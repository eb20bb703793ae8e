import { describe, expect, it } from 'vitest'

import { newCustomerBody, newGoldsmithBody, newVendorBody, unique } from '../helpers/accounts'
import { api, baseURL, tokenFor } from '../helpers/http'
import { testPassword } from '../helpers/people'
import { receivedMail, waitForMail } from '../helpers/smtp'

/** A fresh account of each storefront kind, so resets never disturb the shared fixtures. */
const accountOf = {
  customers: async (email: string) =>
    api('/api/customers', { body: newCustomerBody({ email, name: 'Forgetful Buyer' }) }),
  vendors: async (email: string) =>
    api('/api/vendors', { body: newVendorBody({ email, businessName: 'Forgetful Jewellers' }) }),
  goldsmiths: async (email: string) =>
    api('/api/goldsmiths', {
      token: await tokenFor('admin1'),
      body: newGoldsmithBody({ email, name: 'Forgetful Karigar' }),
    }),
}

const tokenIn = (text: string, collection: string) => {
  const match = new RegExp(
    `${baseURL().replace(/[.]/g, '\\.')}/reset-password\\?collection=${collection}&(?:amp;)?token=([A-Za-z0-9]+)`,
  ).exec(text)
  if (!match) throw new Error(`No ${collection} reset link in:\n${text}`)
  return match[1]
}

describe.each(['customers', 'vendors', 'goldsmiths'] as const)(
  'password recovery: %s',
  (collection) => {
    it('emails a storefront reset link, refuses a weak new password, accepts a strong one', async () => {
      const email = `forgot-${collection}-${unique()}@test.example`
      expect((await accountOf[collection](email)).status).toBe(201)
      const forgot = await api(`/api/${collection}/forgot-password`, { body: { email } })
      expect(forgot.status).toBe(200)
      const mail = await waitForMail(email, (m) => m.subject.startsWith('Reset your password'))
      const siteName = (await api('/api/globals/site-settings')).body.siteName
      expect(mail.subject).toContain(siteName)
      const token = tokenIn(mail.html, collection)

      const weak = await api(`/api/${collection}/reset-password`, {
        body: { token, password: 'password1' },
      })
      expect(weak.status).toBe(400)
      expect(JSON.stringify(weak.body)).toContain('password')
      expect(
        (await api(`/api/${collection}/login`, { body: { email, password: 'password1' } })).status,
      ).toBe(401)

      const reset = await api(`/api/${collection}/reset-password`, {
        body: { token, password: 'Recovered-pass-2026' },
      })
      expect(reset.status).toBe(200)
      const login = await api(`/api/${collection}/login`, {
        body: { email, password: 'Recovered-pass-2026' },
      })
      expect(login.status).toBe(200)
      expect(
        (await api(`/api/${collection}/login`, { body: { email, password: testPassword } })).status,
      ).toBe(401)
      // The link works once.
      const again = await api(`/api/${collection}/reset-password`, {
        body: { token, password: 'Another-pass-2026' },
      })
      expect(again.status).toBeGreaterThanOrEqual(400)
      expect(again.status).toBeLessThan(500)
    })
  },
)

describe('password recovery: details', () => {
  it('answers an unknown address the same way and sends nothing', async () => {
    const email = `nobody-${unique()}@test.example`
    const res = await api('/api/customers/forgot-password', { body: { email } })
    expect(res.status).toBe(200)
    // Payload sends a reset email before it answers (no queue): once a reset asked for after this
    // one, for a real account, has arrived, any mail to the unknown address would be here too.
    const known = `marker-${unique()}@test.example`
    expect((await accountOf.customers(known)).status).toBe(201)
    expect((await api('/api/customers/forgot-password', { body: { email: known } })).status).toBe(
      200,
    )
    await waitForMail(known, (m) => m.subject.startsWith('Reset your password'))
    expect(receivedMail().filter((m) => m.to.includes(email))).toEqual([])
  })

  it('counts a goldsmith’s own reset as choosing its password', async () => {
    const email = `forgot-karigar-${unique()}@test.example`
    const created = await accountOf.goldsmiths(email)
    expect(created.body.doc.mustChangePassword).toBe(true)
    await api('/api/goldsmiths/forgot-password', { body: { email } })
    const mail = await waitForMail(email, (m) => m.subject.startsWith('Reset your password'))
    const reset = await api('/api/goldsmiths/reset-password', {
      body: { token: tokenIn(mail.html, 'goldsmiths'), password: 'Recovered-pass-2026' },
    })
    expect(reset.status).toBe(200)
    const login = await api('/api/goldsmiths/login', {
      body: { email, password: 'Recovered-pass-2026' },
    })
    expect((await api('/api/orders', { token: login.body.token })).status).toBe(200)
  })
})
