import { describe, expect, inject, it } from 'vitest'

import { newCustomerBody, newVendorBody, uniqueEmail } from '../helpers/accounts'
import { testClientAddress } from '../helpers/clients'
import { api, baseURL, gql, tokenFor } from '../helpers/http'
import { placeOrder, staffView } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'
import { testPassword } from '../helpers/people'

const collections = [
  'products',
  'categories',
  'media',
  'orders',
  'customers',
  'vendors',
  'goldsmiths',
  'users',
  'notifications',
  'audit-logs',
] as const

const malformedIds = ['abc', '1.5', '-1', '0', '99999999999999999999', "1'%20or%20'1'='1"]

/** A 4xx (or a 200 that found nothing): anything but a server error. */
const expectClientAnswer = (res: { status: number; body: unknown }, what: string) => {
  expect(
    res.status,
    `${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
  ).toBeLessThan(500)
}

describe('security: malformed ids and query parameters get a 4xx, never a 500', () => {
  // Writes as customer1 and anonymous only: Payload reads a URL id with parseFloat (`1' or '1'='1`
  // is document 1), so without the defence an admin's PATCH here would rename a shared fixture.
  for (const who of [null, 'customer1', 'admin1'] as (PersonKey | null)[]) {
    it(`answers ${who ?? 'anonymous'} asking for documents by malformed ids`, async () => {
      const token = who ? await tokenFor(who) : null
      const methods = who === 'admin1' ? ['GET'] : ['GET', 'PATCH', 'DELETE']
      for (const collection of collections)
        for (const id of malformedIds)
          for (const method of methods) {
            const res = await api(`/api/${collection}/${id}`, {
              method,
              token,
              ...(method === 'PATCH' ? { body: { name: 'x' } } : {}),
            })
            expectClientAnswer(res, `${method} /api/${collection}/${id}`)
            expect(res.status, `${method} /api/${collection}/${id}`).toBeGreaterThanOrEqual(400)
          }
    })
  }

  it('answers the version routes of collections that keep no versions with 404', async () => {
    for (const who of [null, 'customer1', 'admin1'] as (PersonKey | null)[]) {
      const token = who ? await tokenFor(who) : null
      for (const collection of [...collections, 'metal-ledger', 'hallmarks', 'invoices'])
        for (const [method, path] of [
          ['GET', 'versions'],
          ['GET', 'versions/1'],
          ['POST', 'versions/1'],
        ]) {
          const res = await api(`/api/${collection}/${path}`, { method, token })
          expect(res.status, `${who ?? 'anonymous'} ${method} /api/${collection}/${path}`).toBe(404)
        }
    }
  })

  it('answers malformed query parameters on lists', async () => {
    const token = await tokenFor('admin1')
    const queries = [
      'where[price][greater_than]=abc',
      'where[nonexistent][equals]=1',
      'where[id][in]=abc',
      'where[id][equals]=abc',
      'where[createdAt][greater_than]=not-a-date',
      'where[status][in][0][1]=x',
      'where[or][0][and]=x',
      'where=garbage',
      'where[category][equals]=abc',
      'where[images][in]=abc',
      'limit=-1',
      'limit=abc',
      'limit=1e9',
      'page=0',
      'page=-3',
      'page=abc',
      'sort=nonexistent',
      'sort=-',
      'depth=abc',
      'depth=-1',
      'depth=1000',
      'select[nope]=true',
      'populate[nope]=true',
      'locale=xx',
      'draft=maybe',
    ]
    for (const collection of ['products', 'orders', 'categories', 'media'])
      for (const query of queries)
        for (const t of [null, token]) {
          const res = await api(`/api/${collection}?${query}`, { token: t })
          expectClientAnswer(res, `GET /api/${collection}?${query}`)
        }
  })

  it('answers our own endpoints with malformed ids and bodies', async () => {
    const token = await tokenFor('admin1')
    for (const id of malformedIds) {
      const res = await api(`/api/orders/${id}/transition`, { token, body: { action: 'accept' } })
      expectClientAnswer(res, `POST /api/orders/${id}/transition`)
      expect(res.status).toBeGreaterThanOrEqual(400)
    }
    const assign = await api(`/api/orders/1/transition`, {
      token,
      body: { action: 'assign', goldsmith: 'abc' },
    })
    expectClientAnswer(assign, 'assign to a malformed goldsmith id')
    for (const body of [
      'not json',
      '[]',
      '{"action": {"$ne": 1}}',
      '{"action": "accept", "note": 5}',
    ]) {
      const res = await fetch(`${baseURL()}/api/orders/1/transition`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body,
      })
      expectClientAnswer({ status: res.status, body: await res.text() }, `transition with ${body}`)
    }
    // A custom route's name read as an id by Payload's own DELETE /api/goldsmiths/:id.
    expect((await api('/api/goldsmiths/workload', { method: 'DELETE', token })).status).toBe(404)
    for (const path of [
      '/api/goldsmiths/workload?ids=abc',
      '/api/notifications/unread-count?x=1',
      '/api/globals/site-settings?depth=abc',
      '/api/media/file/..%2F..%2Fetc%2Fpasswd',
      '/api/media/file/%00',
      '/api/users/abc/second-factor/reset',
      '/api/customers/sessions/abc',
    ])
      for (const method of ['GET', 'POST'])
        expectClientAnswer(await api(path, { method, token }), `${method} ${path}`)
  })

  it('refuses a create or an update sent without a body, naming data', async () => {
    const token = await tokenFor('admin1')
    const product = inject('fixtures').products[0].id
    for (const [method, path] of [
      ['POST', '/api/products'],
      ['PATCH', `/api/products/${product}`],
      ['POST', '/api/globals/site-settings'],
    ]) {
      const res = await fetch(`${baseURL()}${path}`, {
        method,
        headers: { Authorization: `JWT ${token}` },
      })
      const body = await res.json()
      expect(res.status, `${method} ${path}`).toBe(400)
      expect(body.errors[0].data.field).toBe('data')
    }
  })

  it('answers GraphQL queries with malformed ids and arguments', async () => {
    const token = await tokenFor('admin1')
    for (const query of [
      '{ Product(id: "abc") { id } }',
      '{ Order(id: "1.5") { id } }',
      '{ Products(where: { price: { greater_than: "abc" } }) { docs { id } } }',
      '{ Products(limit: -1) { docs { id } } }',
      '{ Products(page: 0) { docs { id } } }',
      '{ Products(sort: "nonexistent") { docs { id } } }',
      '{ Media(id: "%00") { id } }',
    ]) {
      const res = await api('/api/graphql', { method: 'POST', token, body: { query } })
      expectClientAnswer(res, query)
      const messages = JSON.stringify((res.body as { errors?: unknown })?.errors ?? [])
      expect(messages, query).not.toMatch(/SQLITE|syntax error|Internal Server Error|stack/i)
    }
    expect((await gql('{ Product(id: "abc") { id } }')).data?.Product ?? null).toBeNull()
  })
})

/** A 400 naming `field`, as the fuzz (reliability.fuzz.int.spec.ts) first found each of these a 500. */
const expectRefusal = (res: { status: number; body: any }, field: string, what: string) => {
  expect(res.status, `${what} → ${JSON.stringify(res.body).slice(0, 300)}`).toBe(400)
  expect(JSON.stringify(res.body.errors), what).toContain(field)
}

/** A raw request: a body as sent on the wire, under any content type. */
const raw = async (path: string, body: BodyInit, contentType?: string, token?: string) => {
  const res = await fetch(`${baseURL()}${path}`, {
    method: 'POST',
    headers: {
      'X-Forwarded-For': testClientAddress(),
      ...(contentType ? { 'Content-Type': contentType } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body,
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

describe('security: malformed bodies and values the fuzz found', () => {
  it('refuses a multipart body it cannot read, on REST, GraphQL and our own routes', async () => {
    const token = await tokenFor('customer1')
    for (const path of [
      '/api/orders',
      '/api/customers',
      '/api/graphql',
      '/api/orders/1/transition',
    ])
      for (const type of ['multipart/form-data', 'multipart/form-data; boundary=nothing-here'])
        expectRefusal(await raw(path, '{"items": []}', type, token), 'body', `${path} as ${type}`)
    expectRefusal(await raw('/api/graphql', '{ "query": ', 'application/json'), 'body', 'GraphQL')
    const form = new FormData()
    form.append('_payload', '{ not json')
    expectRefusal(await raw('/api/orders', form, undefined, token), '_payload', '_payload')
  })

  it('answers 404 to email verification where accounts are not verified by email', async () => {
    for (const collection of ['users', 'goldsmiths', 'customers', 'vendors'])
      expect((await api(`/api/${collection}/verify/abc`, { method: 'POST' })).status).toBe(404)
  })

  it('refuses an email, password, phone or GSTIN that is not text, or a role list, naming it', async () => {
    for (const [field, value] of [
      ['email', { equals: 1 }],
      ['password', 12345678],
      ['phone', 9876543210],
    ] as const)
      expectRefusal(
        await api('/api/customers', { body: newCustomerBody({ [field]: value }) }),
        field,
        `customer ${field}`,
      )
    expectRefusal(
      await api('/api/vendors', { body: newVendorBody({ gstNumber: ['27AAPFU0939F1ZV'] }) }),
      'gstNumber',
      'vendor gstNumber',
    )
    expectRefusal(
      await api('/api/users', {
        token: await tokenFor('admin1'),
        body: { email: uniqueEmail('role-list'), password: testPassword, name: 'R', role: [] },
      }),
      'role',
      'staff role as a list',
    )
    expectRefusal(
      await api('/api/customers/login', { body: { email: 'a@test.example', password: true } }),
      'password',
      'login password',
    )
  })

  it('refuses a saved address whose fields are not text, and a time zone that is not', async () => {
    const email = uniqueEmail('addresses-fuzz')
    expect((await api('/api/customers', { body: newCustomerBody({ email }) })).status).toBe(201)
    const login = await api('/api/customers/login', { body: { email, password: testPassword } })
    const me = login.body.user.id
    const res = await api(`/api/customers/${me}`, {
      method: 'PATCH',
      token: login.body.token,
      body: { addresses: [{ label: 5, name: 'Home', phone: 5, address: 5, pincode: 302001 }] },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toMatch(/addresses/)
    const settings = await api('/api/globals/site-settings', {
      method: 'POST',
      token: await tokenFor('admin1'),
      body: { timeZone: 5 },
    })
    expectRefusal(settings, 'timeZone', 'time zone')
  })

  it('refuses list parameters given twice, lists for one value, like on non-text, near', async () => {
    for (const [query, field] of [
      ['limit=1&limit=2', 'limit'],
      ['where[slug][greater_than][0]=x', 'where[slug][greater_than]'],
      [`where=${encodeURIComponent('{"name":{"like":5}}')}`, 'where[name][like]'],
      ['where[price][near]=1,2', 'where[price][near]'],
      ['where[sku][all]=FIX-1', 'where[sku][all]'],
      [`where=${encodeURIComponent('{"name":null}')}`, 'where[name]'],
    ])
      expectRefusal(await api(`/api/products?${query}`), field, query)
  })

  it('refuses a list or an object where text or one option belongs, naming the field', async () => {
    const order = await placeOrder('customer1')
    expectRefusal(
      await api(`/api/orders/${order.id}`, {
        method: 'PATCH',
        token: await tokenFor('staff1'),
        body: { instructions: { a: { b: 1 } } },
      }),
      'instructions',
      'instructions as an object',
    )
    expect((await staffView(order.id)).instructions).toBe(order.instructions)
    expectRefusal(
      await api('/api/users', {
        token: await tokenFor('admin1'),
        body: { email: uniqueEmail('role-object'), password: testPassword, name: 'R', role: {} },
      }),
      'role',
      'staff role as an object',
    )
  })
})
