import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, gql, tokenFor } from '../helpers/http'
import { placeOrder, staffView, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'
import { people } from '../helpers/people'

const { ids } = inject('fixtures')
const everyone = Object.keys(people) as PersonKey[]

/** The audit entries for one document, newest first, read as an admin. */
const entriesFor = async (target: string, id?: string | number) => {
  const where = id == null ? '' : `&where[targetId][equals]=${id}`
  const res = await api(
    `/api/audit-logs?where[target][equals]=${target}${where}&sort=-createdAt&limit=50&depth=0`,
    { token: await tokenFor('admin1') },
  )
  expect(res.status).toBe(200)
  return res.body.docs as any[]
}

describe('audit log: what is recorded', () => {
  it('records a category created by staff: who, what, when and the new values', async () => {
    const res = await api('/api/categories', {
      token: await tokenFor('staff1'),
      body: { name: 'Audited Bangles', description: 'Stacked' },
    })
    expect(res.status).toBe(201)
    const [entry] = await entriesFor('categories', res.body.doc.id)
    expect(entry).toMatchObject({
      operation: 'create',
      actorCollection: 'users',
      actorId: String(ids.staff1),
      target: 'categories',
      targetId: String(res.body.doc.id),
    })
    expect(Date.now() - Date.parse(entry.createdAt)).toBeLessThan(60_000)
    expect(entry.changes).toContainEqual({ field: 'name', before: null, after: 'Audited Bangles' })
    expect(entry.changedFields).toContain('description')
  })

  it('records an update with before and after of the changed fields only', async () => {
    const created = await api('/api/categories', {
      token: await tokenFor('staff1'),
      body: { name: 'Audited Chains', description: 'Long' },
    })
    const id = created.body.doc.id
    await api(`/api/categories/${id}`, {
      method: 'PATCH',
      token: await tokenFor('staff2'),
      body: { description: 'Longer' },
    })
    const [entry] = await entriesFor('categories', id)
    expect(entry.operation).toBe('update')
    expect(entry.actorId).toBe(String(ids.staff2))
    expect(entry.changes).toEqual([{ field: 'description', before: 'Long', after: 'Longer' }])
  })

  it('records a delete with the last values', async () => {
    const created = await api('/api/categories', {
      token: await tokenFor('staff1'),
      body: { name: 'Audited Gone', description: 'Brief' },
    })
    const id = created.body.doc.id
    const del = await api(`/api/categories/${id}`, {
      method: 'DELETE',
      token: await tokenFor('admin1'),
    })
    expect(del.status).toBe(200)
    const [entry] = await entriesFor('categories', id)
    expect(entry.operation).toBe('delete')
    expect(entry.changes).toContainEqual({ field: 'name', before: 'Audited Gone', after: null })
  })

  it('records an order transition, status included, with the acting staff member', async () => {
    const order = await placeOrder('customer1')
    expect((await transition('staff1', order.id, { action: 'accept' })).status).toBe(200)
    const entries = await entriesFor('orders', order.id)
    expect(entries.map((e) => e.operation)).toEqual(['update'])
    expect(entries[0].actorId).toBe(String(ids.staff1))
    expect(entries[0].changes).toContainEqual({
      field: 'status',
      before: 'ordered',
      after: 'accepted',
    })
    expect(entries[0].changedFields).toEqual(expect.arrayContaining(['acceptedAt', 'history']))
  })

  it('leaves an order placement to the order’s history: who placed it, as what, and when', async () => {
    const order = await placeOrder('customer1')
    expect(await entriesFor('orders', order.id)).toEqual([])
    const [placed] = (await staffView(order.id)).history
    expect(placed).toMatchObject({
      action: 'place',
      to: 'ordered',
      actorRole: 'customer',
      actor: { relationTo: 'customers', value: ids.customer1 },
    })
    expect(Date.parse(placed.at)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('records a product change', async () => {
    const admin = await tokenFor('admin1')
    const product = inject('fixtures').products[4]
    await api(`/api/products/${product.id}`, {
      method: 'PATCH',
      token: admin,
      body: { featured: true },
    })
    expect((await entriesFor('products', product.id))[0].changes).toContainEqual({
      field: 'featured',
      before: false,
      after: true,
    })
  })

  // Rates and site-settings entries are tested in globals.int.spec.ts: the globals are shared by
  // every test file, and only there do their writes run one after another.

  it('never records a password, hash, salt, token or session', async () => {
    const admin = await tokenFor('admin1')
    const created = await api('/api/goldsmiths', {
      token: admin,
      body: {
        email: `audit-${Date.now()}@test.example`,
        password: 'Audit-secret-2026',
        name: 'Audited Karigar',
        phone: '9123456780',
      },
    })
    const id = created.body.doc.id
    const login = await api('/api/goldsmiths/login', {
      body: { email: created.body.doc.email, password: 'Audit-secret-2026' },
    })
    await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token: login.body.token,
      body: { password: 'Audit-secret-2027' },
    })
    await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token: admin,
      body: { name: 'Renamed Karigar' },
    })
    const entries = await entriesFor('goldsmiths', id)
    expect(entries.length).toBeGreaterThanOrEqual(2)
    const text = JSON.stringify(entries)
    for (const secret of ['Audit-secret', '"hash"', '"salt"', 'resetPasswordToken', '"sessions"'])
      expect(text).not.toContain(secret)
    expect(entries[0].changes).toEqual([
      { field: 'name', before: 'Audited Karigar', after: 'Renamed Karigar' },
    ])
  })
})

describe('audit log: nobody may read it but admins, nor change it at all', () => {
  let entryId: string | number
  let original: any
  beforeAll(async () => {
    const [entry] = await entriesFor('categories')
    entryId = entry.id
    original = entry
  })

  it.each(everyone.filter((who) => people[who].collection !== 'users' || who.startsWith('staff')))(
    'refuses %s reading the audit log over REST and GraphQL',
    async (who) => {
      const token = await tokenFor(who)
      expect((await api('/api/audit-logs', { token })).status).toBe(403)
      expect((await api(`/api/audit-logs/${entryId}`, { token })).status).toBe(403)
      const res = await gql('{ AuditLogs { docs { id summary } } }', token)
      expect(res.data?.AuditLogs?.docs ?? []).toEqual([])
    },
  )

  it.each([...everyone, null])(
    'refuses %s updating or deleting an entry over REST',
    async (who) => {
      const token = who ? await tokenFor(who) : null
      const patch = await api(`/api/audit-logs/${entryId}`, {
        method: 'PATCH',
        token,
        body: { summary: 'tampered', changes: [] },
      })
      expect([401, 403, 405]).toContain(patch.status)
      const bulk = await api(`/api/audit-logs?where[id][exists]=true`, {
        method: 'PATCH',
        token,
        body: { summary: 'tampered' },
      })
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      const del = await api(`/api/audit-logs/${entryId}`, { method: 'DELETE', token })
      expect([401, 403, 405]).toContain(del.status)
      const create = await api('/api/audit-logs', {
        token,
        body: { target: 'orders', operation: 'create', summary: 'forged' },
      })
      expect([401, 403]).toContain(create.status)
    },
  )

  it.each([...everyone, null])(
    'refuses %s updating or deleting an entry over GraphQL',
    async (who) => {
      const token = who ? await tokenFor(who) : null
      const update = await gql(
        `mutation { updateAuditLog(id: ${entryId}, data: { summary: "tampered" }) { id } }`,
        token,
      )
      expect(update.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
      const del = await gql(`mutation { deleteAuditLog(id: ${entryId}) { id } }`, token)
      expect(del.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    },
  )

  it('leaves the entry exactly as it was', async () => {
    const res = await api(`/api/audit-logs/${entryId}?depth=0`, {
      token: await tokenFor('admin1'),
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(original)
  })
})
