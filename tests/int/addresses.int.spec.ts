import { beforeAll, describe, expect, it } from 'vitest'

import { maxSavedAddresses } from '@/lib/address'

import { newCustomerBody, newVendorBody, unique, uniqueEmail } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import type { PersonKey } from '../helpers/people'
import { testPassword } from '../helpers/people'

/**
 * Buyers of this file's own (two customers, two approved vendors), so that their address books
 * never race another file's edits of the shared test people. The shared people play the others.
 */
type Owner = { collection: 'customers' | 'vendors'; id: number; token: string; tag: string }
const owners: Record<'customerA' | 'customerB' | 'vendorA' | 'vendorB', Owner> = {} as never
const ownerKeys = ['customerA', 'customerB', 'vendorA', 'vendorB'] as const
type OwnerKey = (typeof ownerKeys)[number]
const peerOf: Record<OwnerKey, OwnerKey> = {
  customerA: 'customerB',
  customerB: 'customerA',
  vendorA: 'vendorB',
  vendorB: 'vendorA',
}

const addressOf = (tag: string, n = 1) => ({
  label: `Home ${n}`,
  name: 'Asha Verma',
  phone: '98765 43210',
  address: `${n} Hidden Lane ${tag}, Jaipur`,
  pincode: '302001',
})

const register = async (collection: Owner['collection'], approve: boolean): Promise<Owner> => {
  const email = uniqueEmail(`addresses-${collection}`)
  const body = collection === 'customers' ? newCustomerBody({ email }) : newVendorBody({ email })
  const created = await api(`/api/${collection}`, { body })
  expect(created.status).toBe(201)
  if (approve) {
    const approved = await api(`/api/vendors/${created.body.doc.id}`, {
      method: 'PATCH',
      token: await tokenFor('admin1'),
      body: { status: 'approved' },
    })
    expect(approved.status).toBe(200)
  }
  const login = await api(`/api/${collection}/login`, { body: { email, password: testPassword } })
  expect(login.status).toBe(200)
  return { collection, id: created.body.doc.id, token: login.body.token, tag: `tag${unique()}` }
}

const saveAddresses = (owner: Owner, addresses: unknown[], token: string | null = owner.token) =>
  api(`/api/${owner.collection}/${owner.id}`, { method: 'PATCH', token, body: { addresses } })

const ownersList = async (owner: Owner) =>
  (await api(`/api/${owner.collection}/${owner.id}`, { token: owner.token })).body.addresses

beforeAll(async () => {
  owners.customerA = await register('customers', false)
  owners.customerB = await register('customers', false)
  owners.vendorA = await register('vendors', true)
  owners.vendorB = await register('vendors', true)
  for (const key of ownerKeys) {
    const res = await saveAddresses(owners[key], [addressOf(owners[key].tag)])
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
})

describe('saved addresses: the owner keeps them', () => {
  it.each(ownerKeys)('lets %s read its own, phone normalised', async (key) => {
    const [saved] = await ownersList(owners[key])
    expect(saved).toMatchObject({ ...addressOf(owners[key].tag), phone: '+919876543210' })
    expect(saved.id).toBeTruthy()
  })

  it.each(ownerKeys)('lets %s edit one and remove one', async (key) => {
    const owner = owners[key]
    const [first] = await ownersList(owner)
    const second = addressOf(owner.tag, 2)
    expect((await saveAddresses(owner, [first, second])).status).toBe(200)
    const renamed = { ...first, label: 'Shop' }
    expect((await saveAddresses(owner, [renamed])).status).toBe(200)
    const after = await ownersList(owner)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ id: first.id, label: 'Shop' })
  })

  it('keeps them when the owner edits other details', async () => {
    const owner = owners.customerA
    const before = await ownersList(owner)
    const res = await api(`/api/customers/${owner.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { name: 'Asha V' },
    })
    expect(res.status).toBe(200)
    expect(await ownersList(owner)).toEqual(before)
  })

  it.each(ownerKeys)(
    'refuses %s a sixth with a 400 naming addresses, and keeps the five',
    async (key) => {
      const owner = owners[key]
      const five = Array.from({ length: maxSavedAddresses }, (_, i) => addressOf(owner.tag, i + 1))
      expect((await saveAddresses(owner, five)).status).toBe(200)
      const res = await saveAddresses(owner, [...five, addressOf(owner.tag, 6)])
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('"path":"addresses"')
      expect(JSON.stringify(res.body)).toContain('You can keep up to 5 saved addresses')
      expect(await ownersList(owner)).toHaveLength(5)
      // Back to one, for the other tests.
      expect((await saveAddresses(owner, [addressOf(owner.tag)])).status).toBe(200)
    },
  )

  it.each([
    ['label', { label: '' }],
    ['name', { name: ' ' }],
    ['phone', { phone: '12345' }],
    ['address', { address: 'Jaipur' }],
    ['pincode', { pincode: '0123' }],
  ])('names a bad %s with a 400 and saves nothing', async (field, change) => {
    const owner = owners.vendorA
    const before = await ownersList(owner)
    const res = await saveAddresses(owner, [...before, { ...addressOf(owner.tag, 2), ...change }])
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(`"path":"addresses.1.${field}"`)
    expect(await ownersList(owner)).toEqual(before)
  })
})

describe('saved addresses: nobody else reads or changes them (REST)', () => {
  const others: PersonKey[] = [
    'customer1',
    'customer2',
    'vendor1',
    'vendor2',
    'pendingVendor1',
    'goldsmith1',
    'goldsmith2',
    'staff1',
    'staff2',
  ]

  it.each(ownerKeys)(
    'keeps %s’s out of every other person’s reach, a peer included',
    async (key) => {
      const owner = owners[key]
      const tokens = [...(await Promise.all(others.map(tokenFor))), owners[peerOf[key]].token, null]
      for (const token of tokens) {
        const one = await api(`/api/${owner.collection}/${owner.id}`, { token })
        expect(JSON.stringify(one.body)).not.toContain(owner.tag)
        const list = await api(`/api/${owner.collection}?limit=100&depth=0`, { token })
        expect(JSON.stringify(list.body)).not.toContain(owner.tag)
        const write = await saveAddresses(owner, [addressOf('intruder')], token)
        // Refused, or, for staff (who may decide a vendor's status), the addresses left out of the
        // update as field access does with any field one may not write.
        if (write.status < 400) expect(JSON.stringify(write.body)).not.toContain('intruder')
        expect(JSON.stringify(await ownersList(owner))).not.toContain('intruder')
      }
      expect(JSON.stringify(await ownersList(owner))).toContain(owner.tag)
    },
  )

  it.each(['admin1', 'admin2'] as const)(
    'shows %s the account without its addresses, and ignores their writes',
    async (who) => {
      const token = await tokenFor(who)
      for (const key of ownerKeys) {
        const owner = owners[key]
        const res = await api(`/api/${owner.collection}/${owner.id}`, { token })
        expect(res.status).toBe(200)
        // Field access leaves the list out (Payload answers an empty one): never its rows.
        expect(res.body.addresses ?? []).toEqual([])
        expect(JSON.stringify(res.body)).not.toContain(owner.tag)
        const write = await saveAddresses(owner, [addressOf('admin-wrote')], token)
        expect(write.status).toBeLessThan(500)
        const kept = JSON.stringify(await ownersList(owner))
        expect(kept).toContain(owner.tag)
        expect(kept).not.toContain('admin-wrote')
      }
    },
  )

  it.each(['admin1', 'admin2'] as const)('refuses %s a where on addresses', async (who) => {
    const owner = owners.customerB
    const res = await api(`/api/customers?where[addresses.address][like]=${owner.tag}&depth=0`, {
      token: await tokenFor(who),
    })
    expect(res.status === 200 ? res.body.totalDocs : 0).toBe(0)
    expect(res.status).toBeLessThan(500)
  })
})

describe('saved addresses: nobody else reads them (GraphQL)', () => {
  it.each(['admin1', 'admin2'] as const)('gives %s no row of any address book', async (who) => {
    const res = await gql(
      '{ Customers(limit: 500) { docs { id addresses { address } } } Vendors(limit: 500) { docs { id addresses { address } } } }',
      await tokenFor(who),
    )
    const docs = [...(res.data?.Customers?.docs ?? []), ...(res.data?.Vendors?.docs ?? [])]
    expect(docs.length).toBeGreaterThan(4)
    for (const doc of docs) expect(doc.addresses ?? []).toEqual([])
  })

  it.each(['admin1', 'admin2'] as const)('refuses %s a GraphQL where on addresses', async (who) => {
    const res = await gql(
      `{ Customers(where: { addresses__address: { like: "${owners.customerA.tag}" } }) { totalDocs } }`,
      await tokenFor(who),
    )
    expect(res.data?.Customers?.totalDocs ?? 0).toBe(0)
  })

  it.each(ownerKeys)('gives %s’s peer and strangers nothing by id', async (key) => {
    const owner = owners[key]
    const type = owner.collection === 'customers' ? 'Customer' : 'Vendor'
    const query = `{ ${type}(id: ${owner.id}) { addresses { address } } }`
    for (const token of [
      owners[peerOf[key]].token,
      await tokenFor('customer1'),
      await tokenFor('vendor1'),
      await tokenFor('goldsmith1'),
      await tokenFor('staff1'),
      null,
    ]) {
      const res = await gql(query, token)
      expect(JSON.stringify(res)).not.toContain(owner.tag)
    }
  })

  it.each(ownerKeys)('lets %s read its own through GraphQL', async (key) => {
    const owner = owners[key]
    const type = owner.collection === 'customers' ? 'Customer' : 'Vendor'
    const res = await gql(`{ ${type}(id: ${owner.id}) { addresses { address } } }`, owner.token)
    expect(JSON.stringify(res.data)).toContain(owner.tag)
  })

  it.each(ownerKeys)('refuses a GraphQL write to %s’s from its peer', async (key) => {
    const owner = owners[key]
    const mutation = owner.collection === 'customers' ? 'updateCustomer' : 'updateVendor'
    await gql(
      `mutation { ${mutation}(id: ${owner.id}, data: { addresses: [{ label: "X", name: "Intruder", phone: "9876543210", address: "9 Intruder Road, Pune", pincode: "411001" }] }) { id } }`,
      owners[peerOf[key]].token,
    )
    expect(JSON.stringify(await ownersList(owner))).not.toContain('Intruder')
  })
})
