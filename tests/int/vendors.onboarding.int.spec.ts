import { describe, expect, it } from 'vitest'

import { parseVendorId } from '@/lib/vendorId'

import { newVendorBody, uniqueEmail } from '../helpers/accounts'
import { api, tokenFor } from '../helpers/http'
import { testGstins, testPassword } from '../helpers/people'
import { waitForMail } from '../helpers/smtp'

const register = async (label = 'onboard') => {
  const email = uniqueEmail(label)
  const res = await api('/api/vendors', {
    body: newVendorBody({
      email,
      businessName: `${label} Jewellers`,
      gstNumber: testGstins[1],
      city: 'Kochi',
    }),
  })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id as number, email }
}

const decide = async (id: number, body: Record<string, unknown>) =>
  api(`/api/vendors/${id}`, { method: 'PATCH', token: await tokenFor('admin1'), body })

const vendorNotifications = async (email: string) => {
  const login = await api('/api/vendors/login', { body: { email, password: testPassword } })
  return (await api('/api/notifications?limit=50', { token: login.body.token })).body.docs as any[]
}

describe('vendors: onboarding decisions', () => {
  it('gives ten vendors approved at once ten distinct VND ids', async () => {
    const vendors = await Promise.all(Array.from({ length: 10 }, () => register('concurrent')))
    const admin = await tokenFor('admin1')
    const results = await Promise.all(
      vendors.map(({ id }) =>
        api(`/api/vendors/${id}`, { method: 'PATCH', token: admin, body: { status: 'approved' } }),
      ),
    )
    for (const res of results) expect(res.status).toBe(200)
    const issued = results.map((r) => r.body.doc.vendorId as string)
    expect(new Set(issued).size).toBe(10)
    for (const vendorId of issued) expect(parseVendorId(vendorId)).not.toBeNull()
  })

  it('tells staff of a registration by notification and email', async () => {
    const { id } = await register('announce')
    const staff = await api(`/api/notifications?where[vendor][equals]=${id}`, {
      token: await tokenFor('staff1'),
    })
    expect(staff.body.docs.map((n: any) => n.type)).toEqual(['vendor_registered'])
    await waitForMail('staff1@test.example', (m) => m.text.includes('announce Jewellers'))
  })

  it('rejects with a comment the vendor reads in app and by email', async () => {
    const { id, email } = await register('rejected')
    const res = await decide(id, { status: 'rejected', decisionNote: 'GSTIN does not match' })
    expect(res.status).toBe(200)
    expect(res.body.doc.vendorId ?? null).toBeNull()
    const [note] = await vendorNotifications(email)
    expect(note.type).toBe('vendor_rejected')
    expect(note.message).toContain('GSTIN does not match')
    const mail = await waitForMail(email, (m) => m.text.includes('GSTIN does not match'))
    expect(mail.html).toContain('GSTIN does not match')
  })

  it('disables and re-enables a vendor, keeping its id, telling it each time', async () => {
    const { id, email } = await register('toggled')
    const approved = await decide(id, { status: 'approved' })
    const vendorId = approved.body.doc.vendorId
    expect(parseVendorId(vendorId)).not.toBeNull()
    await waitForMail(email, (m) => m.subject.startsWith('Your vendor account is approved'))

    expect((await decide(id, { status: 'disabled', decisionNote: 'Unpaid dues' })).status).toBe(200)
    const refused = await api('/api/vendors/login', { body: { email, password: testPassword } })
    expect(refused.status).toBe(403)
    await waitForMail(email, (m) => m.subject.startsWith('Your vendor account is disabled'))

    const again = await decide(id, { status: 'approved' })
    expect(again.status).toBe(200)
    expect(again.body.doc.vendorId).toBe(vendorId)
    const types = (await vendorNotifications(email)).map((n) => n.type)
    expect(types.sort()).toEqual(['vendor_approved', 'vendor_approved', 'vendor_disabled'])
  })

  it('refuses a move the status table does not allow, naming status, changing nothing', async () => {
    const { id } = await register('stuck')
    await decide(id, { status: 'approved' })
    const res = await decide(id, { status: 'pending', city: 'Goa' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('status')
    const after = await api(`/api/vendors/${id}`, { token: await tokenFor('admin1') })
    expect(after.body.status).toBe('approved')
    expect(after.body.city).toBe('Kochi')
  })

  // Staff may decide (tests/int/staff.permissions.int.spec.ts); the vendor itself may not.
  it('does not let a vendor decide on itself', async () => {
    const { id, email } = await register('self')
    const login = await api('/api/vendors/login', { body: { email, password: testPassword } })
    await api(`/api/vendors/${id}`, {
      method: 'PATCH',
      token: login.body.token,
      body: { status: 'approved', decisionNote: 'me' },
    })
    const after = await api(`/api/vendors/${id}`, { token: await tokenFor('admin1') })
    expect(after.body.status).toBe('pending')
    expect(after.body.decisionNote ?? null).toBeNull()
  })
})
