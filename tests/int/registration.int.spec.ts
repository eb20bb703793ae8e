import { describe, expect, it } from 'vitest'

import { newCustomerBody, newGoldsmithBody, newVendorBody, uniqueEmail } from '../helpers/accounts'
import { api, tokenFor } from '../helpers/http'
import { testGstins, testPassword } from '../helpers/people'

const email = (label: string) => uniqueEmail(`reg-${label}`)

const vendorBody = (overrides: object = {}) =>
  newVendorBody({
    email: email('vendor'),
    businessName: 'Registration Jewellers',
    ownerName: 'Reg Owner',
    phone: '98765 12345',
    city: 'Jaipur',
    ...overrides,
  })

const customerBody = (overrides: object = {}) =>
  newCustomerBody({
    email: email('customer'),
    name: 'Reg Customer',
    phone: '9876512345',
    ...overrides,
  })

/** What an admin types for a new goldsmith in this file. */
const goldsmithBody = (address: string, name: string) =>
  newGoldsmithBody({ email: address, name, phone: '9123412345' })

const login = (collection: string, address: string, password = testPassword) =>
  api(`/api/${collection}/login`, { body: { email: address, password } })

/** How many accounts of a kind have this email, as an admin sees it. */
const countByEmail = async (collection: string, address: string) => {
  const res = await api(
    `/api/${collection}/count?where[email][equals]=${encodeURIComponent(address)}`,
    { token: await tokenFor('admin1') },
  )
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

/** An active goldsmith made by an admin for one test. */
const createGoldsmith = async () => {
  const address = email('goldsmith')
  const res = await api('/api/goldsmiths', {
    token: await tokenFor('admin1'),
    body: goldsmithBody(address, 'Reg Karigar'),
  })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id, email: address }
}

/** A fresh goldsmith, signed in with the password the admin gave it. */
const signedInGoldsmith = async () => {
  const goldsmith = await createGoldsmith()
  const signedIn = await login('goldsmiths', goldsmith.email)
  expect(signedIn.status).toBe(200)
  return { ...goldsmith, token: signedIn.body.token as string }
}

/** PATCH /api/goldsmiths/:id with `token` (the goldsmith's own, or an admin's). */
const patchGoldsmith = (id: string | number, token: string, body: object) =>
  api(`/api/goldsmiths/${id}`, { method: 'PATCH', token, body })

/** A fresh vendor registered for one test, with the body it registered with. */
const registeredVendor = async () => {
  const body = vendorBody()
  const created = await api('/api/vendors', { body })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id, email: body.email }
}

/** PATCH /api/vendors/:id as admin1. */
const adminPatchesVendor = async (id: string | number, body: object) =>
  api(`/api/vendors/${id}`, { method: 'PATCH', token: await tokenFor('admin1'), body })

describe('registration: vendors', () => {
  it('creates a pending vendor with no vendorId whatever the body claims', async () => {
    const body = vendorBody({ status: 'approved', vendorId: 'VND999' })
    const res = await api('/api/vendors', { body })
    expect(res.status).toBe(201)
    const signedIn = await login('vendors', body.email)
    expect(signedIn.status).toBe(200)
    const me = await api('/api/vendors/me', { token: signedIn.body.token })
    expect(me.status).toBe(200)
    expect(me.body.user.status).toBe('pending')
    expect(me.body.user.vendorId ?? null).toBeNull()
  })

  it('lets a pending vendor sign in and read its own status', async () => {
    const body = vendorBody()
    expect((await api('/api/vendors', { body })).status).toBe(201)
    const signedIn = await login('vendors', body.email)
    expect(signedIn.status).toBe(200)
    const own = await api(`/api/vendors/${signedIn.body.user.id}`, { token: signedIn.body.token })
    expect(own.status).toBe(200)
    expect(own.body.status).toBe('pending')
    expect(own.body.businessName).toBe('Registration Jewellers')
  })

  it('stores the phone in E.164 and the GSTIN upper-cased', async () => {
    const body = vendorBody({ gstNumber: ` ${testGstins[1].toLowerCase()} ` })
    const res = await api('/api/vendors', { body })
    expect(res.status).toBe(201)
    expect(res.body.doc.phone).toBe('+919876512345')
    expect(res.body.doc.gstNumber).toBe(testGstins[1])
  })

  it('does not let a pending vendor approve itself', async () => {
    const body = vendorBody()
    expect((await api('/api/vendors', { body })).status).toBe(201)
    const signedIn = await login('vendors', body.email)
    const res = await api(`/api/vendors/${signedIn.body.user.id}`, {
      method: 'PATCH',
      token: signedIn.body.token,
      body: { status: 'approved', vendorId: 'VND997' },
    })
    expect([200, 403]).toContain(res.status)
    const me = await api('/api/vendors/me', { token: signedIn.body.token })
    expect(me.body.user.status).toBe('pending')
    expect(me.body.user.vendorId ?? null).toBeNull()
  })

  const badGstins = [
    ['too short', '27AAPFU0939F1Z'],
    ['wrong format', '27AAPFU09391FZV'],
    ['wrong check digit', '27AAPFU0939F1ZW'],
  ] as const

  it.each(badGstins)(
    'refuses a GSTIN with %s, naming gstNumber and saving nothing',
    async (_, gst) => {
      const body = vendorBody({ gstNumber: gst })
      const res = await api('/api/vendors', { body })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('gstNumber')
      expect((await login('vendors', body.email)).status).toBe(401)
      expect(await countByEmail('vendors', body.email)).toBe(0)
    },
  )

  it('refuses a vendor phone of 12345, naming phone and saving nothing', async () => {
    const body = vendorBody({ phone: '12345' })
    const res = await api('/api/vendors', { body })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('phone')
    expect(await countByEmail('vendors', body.email)).toBe(0)
  })

  it('refuses a vendor without a business name, naming businessName', async () => {
    const body = vendorBody({ businessName: undefined })
    const res = await api('/api/vendors', { body })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('businessName')
    expect(await countByEmail('vendors', body.email)).toBe(0)
  })

  it('refuses a second vendor with the same email with a 4xx', async () => {
    const body = vendorBody()
    expect((await api('/api/vendors', { body })).status).toBe(201)
    const again = await api('/api/vendors', { body: vendorBody({ email: body.email }) })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect(JSON.stringify(again.body)).toContain('email')
    expect(await countByEmail('vendors', body.email)).toBe(1)
  })
})

describe('registration: customers', () => {
  it('registers a customer who can then sign in', async () => {
    const body = customerBody()
    const res = await api('/api/customers', { body })
    expect(res.status).toBe(201)
    expect(res.body.doc.email).toBe(body.email)
    expect(res.body.doc).not.toHaveProperty('password')
    const signedIn = await login('customers', body.email)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.collection).toBe('customers')
  })

  it('ignores fields a customer may not set on sign-up', async () => {
    const body = customerBody({
      role: 'admin',
      status: 'approved',
      vendorId: 'VND996',
      active: false,
      loginAttempts: -5,
      _verified: true,
    })
    const res = await api('/api/customers', { body })
    expect(res.status).toBe(201)
    for (const field of ['role', 'status', 'vendorId', 'active']) {
      expect(res.body.doc).not.toHaveProperty(field)
    }
    const signedIn = await login('customers', body.email)
    // Registered as a customer only: it cannot read staff or vendor data.
    expect((await api('/api/users', { token: signedIn.body.token })).status).toBe(403)
    expect((await api('/api/vendors', { token: signedIn.body.token })).status).toBe(403)
  })

  it('refuses a bad email, naming email and saving nothing', async () => {
    const res = await api('/api/customers', { body: customerBody({ email: 'not-an-email' }) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('email')
  })

  it.each(['short1', 'abcdefghij', '1234567890', 'Password123'])(
    'refuses the weak password %s, naming password and saving nothing',
    async (password) => {
      const body = customerBody({ password })
      const res = await api('/api/customers', { body })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('password')
      expect((await login('customers', body.email, password)).status).toBe(401)
      expect(await countByEmail('customers', body.email)).toBe(0)
    },
  )

  it.each(['12345', '5876543210', '98765-4321x'])(
    'refuses the phone %s, naming phone and saving nothing',
    async (phone) => {
      const body = customerBody({ phone })
      const res = await api('/api/customers', { body })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('phone')
      expect((await login('customers', body.email)).status).toBe(401)
      expect(await countByEmail('customers', body.email)).toBe(0)
    },
  )

  it('refuses a duplicate email with a 4xx naming email, not a 500', async () => {
    const body = customerBody()
    expect((await api('/api/customers', { body })).status).toBe(201)
    const again = await api('/api/customers', { body: customerBody({ email: body.email }) })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect(JSON.stringify(again.body)).toContain('email')
    expect(await countByEmail('customers', body.email)).toBe(1)
  })

  it('refuses a duplicate email that differs only in case', async () => {
    const body = customerBody()
    expect((await api('/api/customers', { body })).status).toBe(201)
    const again = await api('/api/customers', {
      body: customerBody({ email: body.email.toUpperCase() }),
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect(await countByEmail('customers', body.email)).toBe(1)
  })
})

describe('registration: goldsmiths', () => {
  it.each([
    ['anonymous', null],
    ['customer1', 'customer1'],
    ['vendor1', 'vendor1'],
    ['staff1', 'staff1'],
    ['staff2', 'staff2'],
  ] as const)('refuses %s creating a goldsmith', async (_, who) => {
    const address = email('goldsmith-refused')
    const res = await api('/api/goldsmiths', {
      token: who ? await tokenFor(who) : null,
      body: goldsmithBody(address, 'Uninvited'),
    })
    expect(res.status).toBe(403)
    expect(await countByEmail('goldsmiths', address)).toBe(0)
  })

  it.each(['admin1', 'admin2'] as const)(
    'lets %s create a goldsmith who can sign in',
    async (who) => {
      const address = email('goldsmith-by-admin')
      const res = await api('/api/goldsmiths', {
        token: await tokenFor(who),
        body: goldsmithBody(address, 'Invited'),
      })
      expect(res.status).toBe(201)
      expect(res.body.doc.active).toBe(true)
      expect((await login('goldsmiths', address)).status).toBe(200)
    },
  )

  it('refuses a disabled goldsmith at sign-in with a 403 and a message', async () => {
    const goldsmith = await createGoldsmith()
    const disable = await patchGoldsmith(goldsmith.id, await tokenFor('admin1'), { active: false })
    expect(disable.status).toBe(200)
    const res = await login('goldsmiths', goldsmith.email)
    expect(res.status).toBe(403)
    expect(res.body.token).toBeUndefined()
    expect(JSON.stringify(res.body)).toContain('disabled')
  })

  it('stops the token a goldsmith held before it was disabled', async () => {
    const { token, ...goldsmith } = await signedInGoldsmith()
    expect((await api('/api/goldsmiths/me', { token })).body.user.id).toBe(goldsmith.id)
    const disable = await patchGoldsmith(goldsmith.id, await tokenFor('admin1'), { active: false })
    expect(disable.status).toBe(200)
    expect((await api('/api/goldsmiths/me', { token })).body.user).toBeNull()
    expect((await api(`/api/goldsmiths/${goldsmith.id}`, { token })).status).toBe(403)
  })

  it('lets a goldsmith sign in again once re-enabled', async () => {
    const goldsmith = await createGoldsmith()
    const admin = await tokenFor('admin1')
    const patch = (active: boolean) => patchGoldsmith(goldsmith.id, admin, { active })
    expect((await patch(false)).status).toBe(200)
    expect((await login('goldsmiths', goldsmith.email)).status).toBe(403)
    expect((await patch(true)).status).toBe(200)
    const res = await login('goldsmiths', goldsmith.email)
    expect(res.status).toBe(200)
    expect(typeof res.body.token).toBe('string')
  })

  it('does not let a goldsmith disable or enable itself', async () => {
    const goldsmith = await signedInGoldsmith()
    const res = await patchGoldsmith(goldsmith.id, goldsmith.token, { active: false })
    expect([200, 403]).toContain(res.status)
    const after = await api(`/api/goldsmiths/${goldsmith.id}`, { token: await tokenFor('admin1') })
    expect(after.body.active).toBe(true)
  })

  it('lets a goldsmith change its own password and sign in with the new one', async () => {
    const goldsmith = await signedInGoldsmith()
    const newPassword = 'Karigar-new-2027'
    const res = await patchGoldsmith(goldsmith.id, goldsmith.token, { password: newPassword })
    expect(res.status).toBe(200)
    expect((await login('goldsmiths', goldsmith.email, newPassword)).status).toBe(200)
    expect((await login('goldsmiths', goldsmith.email)).status).toBe(401)
  })

  it('refuses a goldsmith changing its password to a weak one, naming password', async () => {
    const goldsmith = await signedInGoldsmith()
    const res = await patchGoldsmith(goldsmith.id, goldsmith.token, { password: 'abc' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('password')
    expect((await login('goldsmiths', goldsmith.email)).status).toBe(200)
  })

  it('refuses a goldsmith changing another goldsmith’s password', async () => {
    const goldsmith = await signedInGoldsmith()
    const other = await createGoldsmith()
    const res = await patchGoldsmith(other.id, goldsmith.token, { password: 'Stolen-pass-2027' })
    expect([403, 404]).toContain(res.status)
    expect((await login('goldsmiths', other.email)).status).toBe(200)
  })
})

describe('registration: disabled vendors', () => {
  it('refuses a disabled vendor at sign-in with a 403 and a message', async () => {
    const vendor = await registeredVendor()
    expect((await login('vendors', vendor.email)).status).toBe(200)
    const disable = await adminPatchesVendor(vendor.id, { status: 'disabled' })
    expect(disable.status).toBe(200)
    const res = await login('vendors', vendor.email)
    expect(res.status).toBe(403)
    expect(res.body.token).toBeUndefined()
    expect(JSON.stringify(res.body)).toContain('disabled')
  })

  it('stops the token a vendor held before it was disabled', async () => {
    const vendor = await registeredVendor()
    const token = (await login('vendors', vendor.email)).body.token
    expect((await api('/api/vendors/me', { token })).body.user.id).toBe(vendor.id)
    const disable = await adminPatchesVendor(vendor.id, { status: 'disabled' })
    expect(disable.status).toBe(200)
    expect((await api('/api/vendors/me', { token })).body.user).toBeNull()
  })

  it('keeps a vendor signed in when an admin edits something else', async () => {
    const vendor = await registeredVendor()
    const token = (await login('vendors', vendor.email)).body.token
    const edit = await adminPatchesVendor(vendor.id, { city: 'Udaipur' })
    expect(edit.status).toBe(200)
    expect((await api('/api/vendors/me', { token })).body.user.city).toBe('Udaipur')
  })
})
