import { describe, expect, inject, it } from 'vitest'

import { newCustomerBody, newGoldsmithBody, newVendorBody, uniqueEmail } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import type { PersonKey } from '../helpers/people'
import { people, testGstins, testPassword } from '../helpers/people'

const { ids } = inject('fixtures')

/** Every signed-in person who is not an admin, each paired with a peer of the same kind. */
const peerOf = {
  staff1: 'staff2',
  staff2: 'staff1',
  customer1: 'customer2',
  customer2: 'customer1',
  pendingVendor1: 'pendingVendor2',
  pendingVendor2: 'pendingVendor1',
  vendor1: 'vendor2',
  vendor2: 'vendor1',
  goldsmith1: 'goldsmith2',
  goldsmith2: 'goldsmith1',
} as const satisfies Partial<Record<PersonKey, PersonKey>>
type NonAdmin = keyof typeof peerOf
const nonAdmins = Object.keys(peerOf) as NonAdmin[]
const admins = ['admin1', 'admin2'] as const
const staff = ['staff1', 'staff2'] as const
const customers = ['customer1', 'customer2'] as const
const goldsmiths = ['goldsmith1', 'goldsmith2'] as const
const collectionOf = (who: PersonKey) => people[who].collection
const kinds = ['users', 'customers', 'vendors', 'goldsmiths'] as const
const keysOf = (kind: (typeof kinds)[number]) =>
  (Object.keys(people) as PersonKey[]).filter((k) => people[k].collection === kind)

/** Creates one account (as `token`, or publicly without one) and returns its id and email. */
const created = async <B extends { email: string }>(
  collection: string,
  body: B,
  token?: string,
) => {
  const res = await api(`/api/${collection}`, { token, body })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id, email: body.email }
}

/** A fresh customer registered for one test, so edits never touch the shared fixtures. */
const registerCustomer = () =>
  created(
    'customers',
    newCustomerBody({ email: uniqueEmail('people-customer'), phone: '9876501234' }),
  )

const registerVendor = () =>
  created(
    'vendors',
    newVendorBody({
      email: uniqueEmail('people-vendor'),
      ownerName: 'Spare Owner',
      phone: '9876501234',
    }),
  )

const adminCreates = async (collection: 'users' | 'goldsmiths', extra: object = {}) =>
  created(
    collection,
    {
      email: uniqueEmail(`people-${collection}`),
      password: testPassword,
      name: 'Spare Person',
      phone: '9123401234',
      ...extra,
    },
    await tokenFor('admin1'),
  )

/** A read by admin1, who sees everything: what a refused call left behind. */
const adminReads = async (path: string) => api(path, { token: await tokenFor('admin1') })

const patchAs = async (who: PersonKey, path: string, body: object) =>
  api(path, { method: 'PATCH', token: await tokenFor(who), body })

const deleteAs = async (who: PersonKey, path: string) =>
  api(path, { method: 'DELETE', token: await tokenFor(who) })

/** `who` renames an account and gets the new name back. */
const expectRenamedBy = async (who: PersonKey, collection: string, id: string | number) => {
  const res = await patchAs(who, `/api/${collection}/${id}`, { name: 'Edited by admin' })
  expect(res.status).toBe(200)
  expect(res.body.doc.name).toBe('Edited by admin')
}

describe('people: each person reads only itself (REST)', () => {
  it.each(nonAdmins)('lists only its own account to %s', async (who) => {
    const res = await api(`/api/${collectionOf(who)}?limit=100`, { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
    expect(res.body.docs.map((d: any) => d.id)).toEqual([ids[who]])
    expect(res.body.docs[0].email).toBe(people[who].email)
  })

  it.each(nonAdmins)('refuses %s reading a peer of the same kind by id', async (who) => {
    const peer = peerOf[who]
    const res = await api(`/api/${collectionOf(who)}/${ids[peer]}`, { token: await tokenFor(who) })
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain(people[peer].email)
  })

  it.each(nonAdmins)('finds nothing for %s filtering by a peer’s email', async (who) => {
    const peer = peerOf[who]
    const res = await api(
      `/api/${collectionOf(who)}?where[email][equals]=${encodeURIComponent(people[peer].email)}`,
      { token: await tokenFor(who) },
    )
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
    expect(JSON.stringify(res.body)).not.toContain(people[peer].email)
  })

  it.each(nonAdmins)('counts only itself for %s', async (who) => {
    const res = await api(`/api/${collectionOf(who)}/count`, { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
  })

  it.each(nonAdmins)('refuses %s reading every other kind of account', async (who) => {
    const token = await tokenFor(who)
    // Ids are per collection, so the same number exists elsewhere: a kind-blind check would leak it.
    // Staff read goldsmiths (to assign work) and vendors (to decide on them).
    const others = kinds.filter(
      (k) =>
        k !== collectionOf(who) &&
        !((k === 'goldsmiths' || k === 'vendors') && collectionOf(who) === 'users'),
    )
    for (const kind of others) {
      const list = await api(`/api/${kind}?limit=100`, { token })
      expect(list.status, `${who} listing ${kind}`).toBe(403)
      const sameId = await api(`/api/${kind}/${ids[who]}`, { token })
      expect([403, 404], `${who} reading ${kind}/${ids[who]}`).toContain(sameId.status)
      expect(JSON.stringify(sameId.body)).not.toContain('@test.example')
    }
  })
})

describe('people: customers and vendors', () => {
  it.each(customers)('refuses %s listing vendors', async (who) => {
    const res = await api('/api/vendors?limit=100', { token: await tokenFor(who) })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain(testGstins[0])
  })

  it.each(customers)('refuses %s reading an approved vendor by id', async (who) => {
    const res = await api(`/api/vendors/${ids.vendor1}`, { token: await tokenFor(who) })
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain(people.vendor1.email)
  })

  it.each(customers)('refuses %s updating another customer', async (who) => {
    const peer = peerOf[who]
    const res = await patchAs(who, `/api/customers/${ids[peer]}`, {
      name: 'Hijacked',
      phone: '9000000000',
    })
    expect([403, 404]).toContain(res.status)
    const after = await adminReads(`/api/customers/${ids[peer]}`)
    expect(after.body.name).toBe(peer)
  })

  it.each(customers)('refuses %s deleting another customer', async (who) => {
    const peer = peerOf[who]
    const res = await deleteAs(who, `/api/customers/${ids[peer]}`)
    expect([403, 404]).toContain(res.status)
    const after = await adminReads(`/api/customers/${ids[peer]}`)
    expect(after.status).toBe(200)
  })

  it.each(['vendor1', 'vendor2'] as const)('refuses %s updating another vendor', async (who) => {
    const peer = peerOf[who]
    const res = await patchAs(who, `/api/vendors/${ids[peer]}`, { businessName: 'Hijacked' })
    expect([403, 404]).toContain(res.status)
    const after = await adminReads(`/api/vendors/${ids[peer]}`)
    expect(after.body.businessName).toBe(`${peer} Jewellers`)
  })
})

describe('people: staff role', () => {
  it.each(staff)('refuses %s listing customers', async (who) => {
    const res = await api('/api/customers?limit=100', { token: await tokenFor(who) })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain(people.customer1.email)
  })

  it.each(staff)('refuses %s reading a customer by id', async (who) => {
    const res = await api(`/api/customers/${ids.customer1}`, { token: await tokenFor(who) })
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain(people.customer1.email)
  })

  it.each(staff)('lets %s list vendors, to approve or reject them', async (who) => {
    const res = await api('/api/vendors?limit=100&depth=0', { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    const found = res.body.docs.map((d: any) => d.id)
    expect(found).toEqual(expect.arrayContaining([ids.vendor1, ids.pendingVendor1]))
  })

  it.each(staff)('lets %s read goldsmiths to assign work', async (who) => {
    const res = await api('/api/goldsmiths?limit=100', { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    const found = res.body.docs.map((d: any) => d.id)
    expect(found).toEqual(expect.arrayContaining([ids.goldsmith1, ids.goldsmith2]))
  })

  it.each(staff)('refuses %s creating a user', async (who) => {
    const email = uniqueEmail('people-by-staff')
    const res = await api('/api/users', {
      token: await tokenFor(who),
      body: { email, password: testPassword, name: 'Sneaky', role: 'admin' },
    })
    expect(res.status).toBe(403)
    const check = await adminReads(`/api/users?where[email][equals]=${encodeURIComponent(email)}`)
    expect(check.body.totalDocs).toBe(0)
  })

  it.each(staff)('refuses %s creating a goldsmith', async (who) => {
    const res = await api('/api/goldsmiths', {
      token: await tokenFor(who),
      body: newGoldsmithBody({ email: uniqueEmail('people-gs-by-staff'), name: 'Sneaky' }),
    })
    expect(res.status).toBe(403)
  })

  it.each(staff)('gives a vendor created by %s no say over its status', async (who) => {
    // Creating a vendor is public registration; what staff must not do is approve it on the way in.
    const res = await api('/api/vendors', {
      token: await tokenFor(who),
      body: newVendorBody({
        email: uniqueEmail('people-vendor-by-staff'),
        businessName: 'Staff Made',
        ownerName: 'Staff Made',
        gstNumber: testGstins[1],
        city: 'Pune',
        status: 'approved',
        vendorId: 'VND998',
      }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('pending')
    expect(res.body.doc.vendorId ?? null).toBeNull()
  })

  const targets = [
    ['users', 'admin2', { name: 'Renamed by staff' }],
    ['customers', 'customer1', { name: 'Renamed by staff' }],
    ['vendors', 'vendor1', { businessName: 'Renamed by staff' }],
    ['goldsmiths', 'goldsmith1', { name: 'Renamed by staff' }],
  ] as const

  for (const [collection, target, body] of targets) {
    it.each(staff)(`refuses %s updating ${collection}`, async (who) => {
      const res = await patchAs(who, `/api/${collection}/${ids[target]}`, body)
      expect([403, 404]).toContain(res.status)
      const after = await adminReads(`/api/${collection}/${ids[target]}`)
      expect(JSON.stringify(after.body)).not.toContain('Renamed by staff')
    })

    it.each(staff)(`refuses %s deleting ${collection}`, async (who) => {
      const res = await deleteAs(who, `/api/${collection}/${ids[target]}`)
      expect([403, 404]).toContain(res.status)
      const after = await adminReads(`/api/${collection}/${ids[target]}`)
      expect(after.status).toBe(200)
    })
  }

  it.each(staff)('refuses %s a bulk delete of customers by where', async (who) => {
    const res = await deleteAs(who, `/api/customers?where[id][equals]=${ids.customer2}`)
    expect(res.status).toBe(403)
    const after = await adminReads(`/api/customers/${ids.customer2}`)
    expect(after.status).toBe(200)
  })
})

describe('people: roles', () => {
  it.each(staff)('keeps %s a staff member when it PATCHes its own role to admin', async (who) => {
    const token = await tokenFor(who)
    const res = await api(`/api/users/${ids[who]}`, {
      method: 'PATCH',
      token,
      body: { role: 'admin' },
    })
    expect([200, 403]).toContain(res.status)
    const after = await adminReads(`/api/users/${ids[who]}`)
    expect(after.body.role).toBe('staff')
    // And the server does not treat it as an admin afterwards.
    expect((await api('/api/customers', { token })).status).toBe(403)
  })

  it.each(staff)('refuses %s changing another user’s role', async (who) => {
    const spare = await adminCreates('users', { role: 'staff' })
    const res = await patchAs(who, `/api/users/${spare.id}`, { role: 'admin' })
    expect([403, 404]).toContain(res.status)
    const after = await adminReads(`/api/users/${spare.id}`)
    expect(after.body.role).toBe('staff')
  })

  it.each(staff)('keeps %s a staff member when it asks for admin through GraphQL', async (who) => {
    const res = await gql(
      `mutation { updateUser(id: ${JSON.stringify(ids[who])}, data: { role: admin }) { role } }`,
      await tokenFor(who),
    )
    expect(res.data?.updateUser?.role ?? 'staff').toBe('staff')
    const after = await adminReads(`/api/users/${ids[who]}`)
    expect(after.body.role).toBe('staff')
  })

  it.each(admins)('lets %s promote a staff member to admin', async (who) => {
    const spare = await adminCreates('users', { role: 'staff' })
    const res = await patchAs(who, `/api/users/${spare.id}`, { role: 'admin' })
    expect(res.status).toBe(200)
    expect(res.body.doc.role).toBe('admin')
  })

  it.each(admins)('lets %s create a user with the staff role only when asked', async (who) => {
    const email = uniqueEmail('people-default-role')
    const res = await api('/api/users', {
      token: await tokenFor(who),
      body: { email, password: testPassword, name: 'Default Role' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.role).toBe('staff')
  })
})

describe('people: admins', () => {
  for (const kind of kinds) {
    it.each(admins)(`lets %s read every account in ${kind}`, async (who) => {
      const expected = keysOf(kind).map((k) => ids[k])
      const res = await api(`/api/${kind}?limit=200&depth=0`, { token: await tokenFor(who) })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((d: any) => d.id)).toEqual(expect.arrayContaining(expected))
      const one = await api(`/api/${kind}/${expected[expected.length - 1]}`, {
        token: await tokenFor(who),
      })
      expect(one.status).toBe(200)
      expect(one.body.email).toBe(people[keysOf(kind)[keysOf(kind).length - 1]].email)
    })
  }

  it.each(admins)('lets %s update a customer', async (who) => {
    await expectRenamedBy(who, 'customers', (await registerCustomer()).id)
  })

  it.each(admins)('lets %s update a vendor', async (who) => {
    const spare = await registerVendor()
    const res = await patchAs(who, `/api/vendors/${spare.id}`, {
      city: 'Kolkata',
      status: 'rejected',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.city).toBe('Kolkata')
    expect(res.body.doc.status).toBe('rejected')
  })

  it.each(admins)('lets %s update a goldsmith', async (who) => {
    await expectRenamedBy(who, 'goldsmiths', (await adminCreates('goldsmiths')).id)
  })

  it.each(admins)('lets %s update another user', async (who) => {
    await expectRenamedBy(who, 'users', (await adminCreates('users', { role: 'staff' })).id)
  })
})

describe('people: separate sign-in per kind', () => {
  const wrongDoors = [
    ['customer1', 'users'],
    ['customer1', 'vendors'],
    ['vendor1', 'customers'],
    ['vendor1', 'users'],
    ['goldsmith1', 'users'],
    ['staff1', 'customers'],
  ] as const

  it.each(wrongDoors)('refuses %s signing in at /api/%s/login', async (who, collection) => {
    const res = await api(`/api/${collection}/login`, {
      body: { email: people[who].email, password: testPassword },
    })
    expect(res.status).toBe(401)
    expect(res.body.token).toBeUndefined()
  })

  it.each(customers)('gives %s no staff accounts through /api/users', async (who) => {
    const res = await api('/api/users?limit=100', { token: await tokenFor(who) })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain(people.admin1.email)
  })

  it.each(customers)('does not treat %s as a staff user at /api/users/me', async (who) => {
    const res = await api('/api/users/me', { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    expect(res.body.user).toBeNull()
  })
})

describe('people: GraphQL', () => {
  it.each(customers)('returns only %s from Customers', async (who) => {
    const res = await gql(
      '{ Customers(limit: 100) { totalDocs docs { email } } }',
      await tokenFor(who),
    )
    expect(res.errors).toBeUndefined()
    expect(res.data.Customers.totalDocs).toBe(1)
    expect(res.data.Customers.docs).toEqual([{ email: people[who].email }])
  })

  it.each(customers)('gives %s no vendor data from Vendors', async (who) => {
    const res = await gql('{ Vendors { docs { email phone gstNumber } } }', await tokenFor(who))
    expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    expect(res.data?.Vendors ?? null).toBeNull()
    expect(JSON.stringify(res)).not.toContain(testGstins[0])
  })

  it.each(customers)('gives %s no other customer by id', async (who) => {
    const peer = peerOf[who]
    const res = await gql(
      `{ Customer(id: ${JSON.stringify(ids[peer])}) { email } }`,
      await tokenFor(who),
    )
    expect(res.data?.Customer ?? null).toBeNull()
    expect(JSON.stringify(res)).not.toContain(people[peer].email)
  })

  it.each(['vendor1', 'pendingVendor1'] as const)('returns only %s from Vendors', async (who) => {
    const res = await gql('{ Vendors(limit: 100) { docs { email } } }', await tokenFor(who))
    expect(res.data.Vendors.docs).toEqual([{ email: people[who].email }])
  })

  it.each(goldsmiths)('returns only %s from Goldsmiths', async (who) => {
    const res = await gql('{ Goldsmiths(limit: 100) { docs { email } } }', await tokenFor(who))
    expect(res.data.Goldsmiths.docs).toEqual([{ email: people[who].email }])
  })

  it.each(staff)('refuses %s the Customers query', async (who) => {
    const res = await gql('{ Customers { docs { email phone } } }', await tokenFor(who))
    expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    expect(res.data?.Customers ?? null).toBeNull()
  })

  it.each(['vendor1', 'goldsmith1', 'customer1'] as const)(
    'refuses %s the Users query',
    async (who) => {
      const res = await gql('{ Users { docs { email role } } }', await tokenFor(who))
      expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
      expect(JSON.stringify(res)).not.toContain(people.admin1.email)
    },
  )

  it.each(customers)('refuses %s a GraphQL update of another customer', async (who) => {
    const peer = peerOf[who]
    const res = await gql(
      `mutation { updateCustomer(id: ${JSON.stringify(ids[peer])}, data: { name: "Hijacked" }) { name } }`,
      await tokenFor(who),
    )
    expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    const after = await adminReads(`/api/customers/${ids[peer]}`)
    expect(after.body.name).toBe(peer)
  })

  it.each(admins)('returns every customer to %s', async (who) => {
    const res = await gql('{ Customers(limit: 500) { docs { email } } }', await tokenFor(who))
    const emails = res.data.Customers.docs.map((d: any) => d.email)
    expect(emails).toEqual(expect.arrayContaining([people.customer1.email, people.customer2.email]))
  })
})
