import { describe, expect, it } from 'vitest'

import { testClientAddress } from '../helpers/clients'
import { api, gql, tokenFor } from '../helpers/http'
import { people, testPassword } from '../helpers/people'

// Each test is one or more clients, named by the X-Forwarded-For the test server trusts from
// loopback (helpers/clients.ts), so the tests share no counts with each other or other files.
const as = (client: string) => ({ 'X-Forwarded-For': client })

const login = (client: string, email: string, password: string, collection = 'customers') =>
  api(`/api/${collection}/login`, { body: { email, password }, headers: as(client) })

const customer1 = people.customer1.email

describe('security: sign-in throttle', () => {
  it('refuses a sixth try at one account from one client with 429 and Retry-After, even with the right password', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 5; i++)
      expect((await login(client, customer1, `wrong-${i}-Password`)).status).toBe(401)
    const sixth = await login(client, customer1, testPassword)
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(900)
    expect(sixth.body.errors[0].message).toMatch(/Too many attempts\. Try again in 15 minutes/)
    expect(sixth.body.token).toBeUndefined()
  })

  it('never locks the owner out: the same account signs in from another client', async () => {
    const attacker = testClientAddress()
    for (let i = 0; i < 7; i++) await login(attacker, customer1, `wrong-${i}-Password`)
    expect((await login(attacker, customer1, testPassword)).status).toBe(429)
    const owner = await login(testClientAddress(), customer1, testPassword)
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
  })

  it('starts the count again after a correct password', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 4; i++) await login(client, customer1, `wrong-${i}-Password`)
    expect((await login(client, customer1, testPassword)).status).toBe(200)
    for (let i = 0; i < 5; i++)
      expect((await login(client, customer1, `again-${i}-Password`)).status).toBe(401)
  })

  it('refuses a client after 20 failures spread over many accounts', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 20; i++)
      expect((await login(client, `nobody${i}@spray.example`, 'Guess-2026')).status).toBe(401)
    const next = await login(client, `nobody20@spray.example`, 'Guess-2026')
    expect(next.status).toBe(429)
    // The client's limit covers real accounts and every kind of account.
    expect((await login(client, people.vendor2.email, testPassword, 'vendors')).status).toBe(429)
  })

  it('counts GraphQL sign-ins with REST ones', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 3; i++) await login(client, people.customer2.email, `wrong-${i}-Password`)
    const mutation = (password: string) =>
      api('/api/graphql', {
        body: {
          query: `mutation { loginCustomer(email: "${people.customer2.email}", password: "${password}") { token } }`,
        },
        headers: as(client),
      })
    for (let i = 0; i < 2; i++) {
      const res = await mutation(`gql-wrong-${i}-Password`)
      expect(res.body.errors[0].message).not.toMatch(/Too many/)
    }
    const sixth = await mutation(testPassword)
    expect(sixth.body.errors[0].message).toMatch(/Too many attempts/)
    expect(sixth.body.data?.loginCustomer ?? null).toBeNull()
  })
})

describe('security: sign-up and reset throttles', () => {
  const customer = (i: number) => ({
    email: `throttle.${Date.now()}.${i}@test.example`,
    password: testPassword,
    name: `Throttle ${i}`,
    phone: '9876543210',
  })

  it('refuses an eleventh registration from one client within the hour', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 10; i++)
      expect((await api('/api/customers', { body: customer(i), headers: as(client) })).status).toBe(
        201,
      )
    const eleventh = await api('/api/customers', { body: customer(10), headers: as(client) })
    expect(eleventh.status).toBe(429)
    expect(eleventh.headers.get('retry-after')).toMatch(/^\d+$/)
    // Nothing was written for the refused one.
    const admin = await api('/api/users/login', {
      body: { email: people.admin1.email, password: testPassword },
    })
    const found = await api(`/api/customers?where[email][equals]=${customer(10).email}`, {
      token: admin.body.token,
    })
    expect(found.body.totalDocs).toBe(0)
  })

  it('refuses an eleventh reset email from one client, REST and GraphQL counted together', async () => {
    const client = testClientAddress()
    const forgot = (email: string) =>
      api('/api/vendors/forgot-password', { body: { email }, headers: as(client) })
    for (let i = 0; i < 5; i++) expect((await forgot(`someone${i}@test.example`)).status).toBe(200)
    for (let i = 5; i < 10; i++) {
      const res = await api('/api/graphql', {
        body: { query: `mutation { forgotPasswordVendor(email: "someone${i}@test.example") }` },
        headers: as(client),
      })
      expect(res.body.errors).toBeUndefined()
    }
    const eleventh = await forgot(people.vendor1.email)
    expect(eleventh.status).toBe(429)
    const viaGraphql = await gql(`mutation { forgotPasswordCustomer(email: "x@test.example") }`)
    // Another client (gql() sends its own) is not affected.
    expect(viaGraphql.errors).toBeUndefined()
  })
})

describe('security: contact form throttle', () => {
  const message = (i: number) => ({
    name: 'Throttle Test',
    email: 'throttle@test.example',
    message: `Contact throttle message number ${i}`,
  })

  it('refuses an eleventh message from one client in the hour, but not another client', async () => {
    const client = testClientAddress()
    for (let i = 0; i < 10; i++)
      expect((await api('/contact/send', { body: message(i), headers: as(client) })).status).toBe(
        200,
      )
    const eleventh = await api('/contact/send', { body: message(10), headers: as(client) })
    expect(eleventh.status).toBe(429)
    expect(eleventh.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(eleventh.body.message).toMatch(/wait \d+ minutes?/)
    const other = await api('/contact/send', {
      body: message(11),
      headers: as(testClientAddress()),
    })
    expect(other.status).toBe(200)
  })
})

describe('security: the throttle counters themselves', () => {
  for (const who of ['anonymous', 'customer1', 'admin1'] as const) {
    it(`gives ${who} no way to read, create, change or delete a counter over REST`, async () => {
      const token = who === 'anonymous' ? null : await tokenFor(who)
      expect((await api('/api/throttles', { token })).status).toBe(403)
      const created = await api('/api/throttles', {
        token,
        body: { key: 'login:customers:x:1.2.3.4', points: 0 },
      })
      expect(created.status).toBe(403)
      const cleared = await api('/api/throttles?where[key][exists]=true', {
        method: 'DELETE',
        token,
      })
      expect(cleared.status).toBe(403)
      const reset = await api('/api/throttles?where[key][exists]=true', {
        method: 'PATCH',
        token,
        body: { points: 0 },
      })
      expect(reset.status).toBe(403)
    })
  }

  it('is not in the GraphQL schema', async () => {
    const res = await gql('{ Throttles { docs { key } } }', await tokenFor('admin1'))
    expect(res.errors?.[0]?.message).toMatch(/Cannot query field "Throttles"/)
  })
})
