import { describe, expect, inject, it } from 'vitest'

import { parseVendorId } from '@/lib/vendorId'

import { newGoldsmithBody, newVendorBody, uniqueEmail } from '../helpers/accounts'
import { api, errorText, gql, tokenFor } from '../helpers/http'
import { people, testGstins, testPassword } from '../helpers/people'

const { ids } = inject('fixtures')
const staff = ['staff1', 'staff2'] as const
const admins = ['admin1', 'admin2'] as const

const as = async (who: (typeof staff)[number] | (typeof admins)[number]) => tokenFor(who)
const adminReads = async (path: string) => api(path, { token: await tokenFor('admin1') })

/** A fresh pending vendor, registered for one test. */
const registerVendor = async (label: string) => {
  const email = uniqueEmail(label)
  const res = await api('/api/vendors', {
    body: newVendorBody({ email, businessName: `${label} Jewellers`, gstNumber: testGstins[1] }),
  })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id as number, email }
}

describe('staff permissions: staff accounts (REST)', () => {
  it.each(staff)('lists only %s itself from /api/users', async (who) => {
    const res = await api('/api/users?limit=100&depth=0', { token: await as(who) })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: any) => d.id)).toEqual([ids[who]])
  })

  it.each(staff)('refuses %s deleting users in bulk by where', async (who) => {
    const res = await api(`/api/users?where[role][equals]=admin`, {
      method: 'DELETE',
      token: await as(who),
    })
    expect([200, 403]).toContain(res.status)
    expect(res.body.docs ?? []).toEqual([])
    expect((await adminReads(`/api/users/${ids.admin2}`)).status).toBe(200)
  })

  it.each(staff)('refuses %s a bulk PATCH of every user’s role', async (who) => {
    const res = await api('/api/users?where[id][exists]=true', {
      method: 'PATCH',
      token: await as(who),
      body: { role: 'admin', name: 'Bulk by staff' },
    })
    expect(JSON.stringify(res.body)).not.toContain(people.admin1.email)
    const after = await adminReads(`/api/users/${ids.admin1}`)
    expect(after.body.name).not.toBe('Bulk by staff')
    expect((await adminReads(`/api/users/${ids[who]}`)).body.role).toBe('staff')
  })

  it.each(staff)('refuses %s unlocking an admin’s account', async (who) => {
    const res = await api('/api/users/unlock', {
      token: await as(who),
      body: { email: people.admin1.email },
    })
    expect(res.status).toBe(403)
  })

  it.each(staff)('refuses %s the first-register door once staff exist', async (who) => {
    const email = uniqueEmail('first-register')
    const res = await api('/api/users/first-register', {
      token: await as(who),
      body: { email, password: testPassword, name: 'Second first', role: 'admin' },
    })
    expect(res.status).toBe(403)
    const made = await adminReads(
      `/api/users/count?where[email][equals]=${encodeURIComponent(email)}`,
    )
    expect(made.body).toEqual({ totalDocs: 0 })
  })

  it.each(staff)('gives %s no reset token for an admin’s account', async (who) => {
    const res = await api('/api/users/forgot-password', {
      token: await as(who),
      body: { email: people.admin1.email },
    })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toMatch(/token/i)
  })

  it.each(staff)('refuses %s changing an admin’s password', async (who) => {
    const res = await api(`/api/users/${ids.admin2}`, {
      method: 'PATCH',
      token: await as(who),
      body: { password: 'Taken-over-2026' },
    })
    expect([403, 404]).toContain(res.status)
    const login = await api('/api/users/login', {
      body: { email: people.admin2.email, password: 'Taken-over-2026' },
    })
    expect(login.status).toBe(401)
  })

  it.each(staff)(
    'tells %s through /api/access that people and settings are not theirs',
    async (who) => {
      const res = await api('/api/access', { token: await as(who) })
      expect(res.status).toBe(200)
      const { collections, globals } = res.body
      // Payload leaves a refused action out (or false); a granted one is true or { permission: true }.
      const may = (entry: any) => entry === true || entry?.permission === true
      expect(may(collections.users.create)).toBe(false)
      expect(may(collections.users.delete)).toBe(false)
      expect(may(collections.goldsmiths.create)).toBe(false)
      expect(may(collections.goldsmiths.update)).toBe(false)
      expect(may(collections.customers.read)).toBe(false)
      expect(may(globals['site-settings'].update)).toBe(false)
      expect(may(globals.rates.update)).toBe(false)
      expect(may(collections.categories.update)).toBe(true)
      expect(may(collections.vendors.update)).toBe(true)
    },
  )
})

describe('staff permissions: karigar accounts (REST)', () => {
  it.each(staff)('refuses %s disabling a goldsmith', async (who) => {
    const res = await api(`/api/goldsmiths/${ids.goldsmith2}`, {
      method: 'PATCH',
      token: await as(who),
      body: { active: false },
    })
    expect([403, 404]).toContain(res.status)
    expect((await adminReads(`/api/goldsmiths/${ids.goldsmith2}`)).body.active).toBe(true)
  })

  it.each(staff)('refuses %s unlocking a goldsmith', async (who) => {
    const res = await api('/api/goldsmiths/unlock', {
      token: await as(who),
      body: { email: people.goldsmith1.email },
    })
    expect(res.status).toBe(403)
  })

  it.each(staff)('refuses %s a bulk delete of goldsmiths', async (who) => {
    const res = await api('/api/goldsmiths?where[id][exists]=true', {
      method: 'DELETE',
      token: await as(who),
    })
    expect(res.status).toBe(403)
    expect((await adminReads(`/api/goldsmiths/${ids.goldsmith1}`)).status).toBe(200)
  })
})

describe('staff permissions: settings and the rest of what Payload adds', () => {
  it.each(staff)('lets %s read the rate history but not restore an earlier rate', async (who) => {
    const versions = await api('/api/globals/rates/versions?limit=1&depth=0', {
      token: await as(who),
    })
    expect(versions.status).toBe(200)
    // Both look the version up first (404 while none is stored), then refuse (403).
    const id = versions.body.docs[0]?.id ?? 1
    const restored = await api(`/api/globals/rates/versions/${id}`, {
      method: 'POST',
      token: await as(who),
    })
    expect(restored.status).toBe(versions.body.docs.length ? 403 : 404)
    const byGraphQL = await gql(
      `mutation { restoreVersionRate(id: ${id}) { gold } }`,
      await as(who),
    )
    expect(byGraphQL.errors?.[0]?.message).toMatch(
      versions.body.docs.length ? /not allowed/ : /Not Found/,
    )
    expect(byGraphQL.data?.restoreVersionRate ?? null).toBeNull()
  })

  it.each(staff)('refuses %s the audit log and the email queue', async (who) => {
    for (const path of ['/api/audit-logs', '/api/payload-jobs']) {
      const res = await api(path, { token: await as(who) })
      expect(res.status, path).toBe(403)
    }
  })

  it.each(staff)('shows %s none of an admin’s admin-panel preferences', async (who) => {
    const key = `staff-perms-${Date.now()}`
    const saved = await api(`/api/payload-preferences/${key}`, {
      token: await tokenFor('admin1'),
      body: { value: { secret: 'admin only' } },
    })
    expect(saved.status).toBe(200)
    const one = await api(`/api/payload-preferences/${key}`, { token: await as(who) })
    expect(JSON.stringify(one.body)).not.toContain('admin only')
    const list = await api('/api/payload-preferences?limit=100', { token: await as(who) })
    expect(JSON.stringify(list.body)).not.toContain('admin only')
    const removed = await api(`/api/payload-preferences/${key}`, {
      method: 'DELETE',
      token: await as(who),
    })
    expect(removed.status).not.toBe(200)
    const still = await api(`/api/payload-preferences/${key}`, { token: await tokenFor('admin1') })
    expect(still.body.value).toEqual({ secret: 'admin only' })
  })
})

describe('staff permissions: GraphQL', () => {
  it.each(staff)('returns only %s itself from Users', async (who) => {
    const res = await gql('{ Users(limit: 100) { docs { email role } } }', await as(who))
    expect(res.data.Users.docs).toEqual([{ email: people[who].email, role: 'staff' }])
  })

  const refusedMutations = [
    `mutation { createUser(data: { email: "gql-staff@test.example", password: "${testPassword}", name: "X", role: admin }) { id } }`,
    `mutation { deleteUser(id: ${JSON.stringify(ids.admin2)}) { id } }`,
    `mutation { updateUser(id: ${JSON.stringify(ids.admin2)}, data: { name: "Renamed by staff" }) { id } }`,
    `mutation { createGoldsmith(data: { email: "gql-gs@test.example", password: "${testPassword}", name: "X", phone: "9123456780" }) { id } }`,
    `mutation { updateGoldsmith(id: ${JSON.stringify(ids.goldsmith1)}, data: { active: false }) { active } }`,
    `mutation { deleteGoldsmith(id: ${JSON.stringify(ids.goldsmith1)}) { id } }`,
    `mutation { unlockUser(email: "${people.admin1.email}") }`,
    `mutation { updateSiteSetting(data: { siteName: "Owned by staff" }) { siteName } }`,
    'mutation { updateRate(data: { gold: 1, silver: 1 }) { gold } }',
    `mutation { updateVendor(id: ${JSON.stringify(ids.vendor1)}, data: { email: "takeover@test.example" }) { email } }`,
  ]

  for (const mutation of refusedMutations)
    it.each(staff)(`refuses %s: ${mutation.slice(11, 60)}…`, async (who) => {
      const res = await gql(mutation, await as(who))
      expect(res.errors?.length, JSON.stringify(res)).toBeGreaterThan(0)
      expect(JSON.stringify(res.data ?? {})).not.toMatch(/"id":|Owned by staff|takeover@/)
    })

  it('left the accounts and settings as they were', async () => {
    expect((await adminReads(`/api/users/${ids.admin2}`)).body.name).not.toBe('Renamed by staff')
    expect((await adminReads(`/api/goldsmiths/${ids.goldsmith1}`)).body.active).toBe(true)
    expect((await api('/api/globals/site-settings')).body.siteName).not.toBe('Owned by staff')
    expect((await adminReads(`/api/vendors/${ids.vendor1}`)).body.email).toBe(people.vendor1.email)
  })
})

describe('staff permissions: vendor decisions', () => {
  it.each(staff)('lets %s read the vendors waiting for a decision', async (who) => {
    const res = await api('/api/vendors?where[status][equals]=pending&limit=100&depth=0', {
      token: await as(who),
    })
    expect(res.status).toBe(200)
    const found = res.body.docs.map((d: any) => d.id)
    expect(found).toEqual(expect.arrayContaining([ids.pendingVendor1, ids.pendingVendor2]))
  })

  it.each(staff)('lets %s approve a vendor, which issues its VND id', async (who) => {
    const vendor = await registerVendor('staff-approves')
    const res = await api(`/api/vendors/${vendor.id}`, {
      method: 'PATCH',
      token: await as(who),
      body: { status: 'approved', decisionNote: 'Welcome aboard' },
    })
    expect(res.status, errorText(res.body)).toBe(200)
    expect(res.body.doc.status).toBe('approved')
    expect(parseVendorId(res.body.doc.vendorId)).not.toBeNull()
  })

  it.each(staff)('lets %s reject a vendor through GraphQL', async (who) => {
    const vendor = await registerVendor('staff-rejects')
    const res = await gql(
      `mutation { updateVendor(id: ${JSON.stringify(vendor.id)}, data: { status: rejected, decisionNote: "GSTIN does not match" }) { status vendorId } }`,
      await as(who),
    )
    expect(res.errors).toBeUndefined()
    expect(res.data.updateVendor).toEqual({ status: 'rejected', vendorId: null })
  })

  it.each(staff)(
    'lets %s save a decision with the whole vendor sent back, as the admin form does',
    async (who) => {
      const vendor = await registerVendor('staff-form')
      const doc = (await api(`/api/vendors/${vendor.id}?depth=0`, { token: await as(who) })).body
      const res = await api(`/api/vendors/${vendor.id}`, {
        method: 'PATCH',
        token: await as(who),
        body: { ...doc, status: 'approved' },
      })
      expect(res.status, errorText(res.body)).toBe(200)
      expect(res.body.doc.status).toBe('approved')
    },
  )

  const details = [
    ['businessName', { businessName: 'Renamed by staff' }],
    ['email', { email: 'taken-over@test.example' }],
    ['password', { password: 'Taken-over-2026' }],
    ['gstNumber', { gstNumber: testGstins[0] }],
  ] as const

  for (const [field, body] of details)
    it.each(staff)(`refuses %s changing a vendor’s ${field}, naming it`, async (who) => {
      const vendor = await registerVendor('staff-details')
      const res = await api(`/api/vendors/${vendor.id}`, {
        method: 'PATCH',
        token: await as(who),
        body: { status: 'approved', ...body },
      })
      expect(res.status).toBe(403)
      expect(errorText(res.body)).toContain(field)
      const after = await adminReads(`/api/vendors/${vendor.id}`)
      expect(after.body.status).toBe('pending')
      expect(after.body.email).toBe(vendor.email)
      expect(after.body.businessName).toBe('staff-details Jewellers')
      if (field === 'password') {
        const login = await api('/api/vendors/login', {
          body: { email: vendor.email, password: 'Taken-over-2026' },
        })
        expect(login.status).toBe(401)
      }
    })

  it.each(staff)('refuses %s deleting a vendor', async (who) => {
    const vendor = await registerVendor('staff-deletes')
    const res = await api(`/api/vendors/${vendor.id}`, { method: 'DELETE', token: await as(who) })
    expect([403, 404]).toContain(res.status)
    expect((await adminReads(`/api/vendors/${vendor.id}`)).status).toBe(200)
  })

  it.each(admins)('still lets %s edit a vendor’s details', async (who) => {
    const vendor = await registerVendor('admin-details')
    const res = await api(`/api/vendors/${vendor.id}`, {
      method: 'PATCH',
      token: await as(who),
      body: { city: 'Madurai' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.city).toBe('Madurai')
  })

  it('still refuses a goldsmith or a customer listing vendors', async () => {
    for (const who of ['goldsmith1', 'customer1'] as const) {
      const res = await api('/api/vendors', { token: await tokenFor(who) })
      expect(res.status, who).toBe(403)
    }
  })

  it('still refuses staff creating a goldsmith, even one with a typed password', async () => {
    const res = await api('/api/goldsmiths', {
      token: await as('staff1'),
      body: newGoldsmithBody(),
    })
    expect(res.status).toBe(403)
  })
})
