import { describe, expect, it } from 'vitest'

import { newCustomerBody, newGoldsmithBody, newVendorBody, uniqueEmail } from '../helpers/accounts'
import { testClientAddress } from '../helpers/clients'
import { api, tokenFor } from '../helpers/http'
import { people, testPassword, type PersonKey } from '../helpers/people'

const kinds = ['customers', 'vendors', 'goldsmiths'] as const
type Kind = (typeof kinds)[number]

/** A fresh account of this kind, signed in: changing a password ends the account's other sessions. */
const freshAccount = async (kind: Kind) => {
  const email = uniqueEmail(`pw-${kind}`)
  const body = {
    customers: () => newCustomerBody({ email }),
    vendors: () => newVendorBody({ email }),
    goldsmiths: () => newGoldsmithBody({ email }),
  }[kind]()
  const created = await api(`/api/${kind}`, {
    body,
    token: kind === 'goldsmiths' ? await tokenFor('admin1') : undefined,
  })
  expect(created.status).toBe(201)
  return { email, token: await signIn(kind, email, testPassword) }
}

const signIn = async (kind: Kind, email: string, password: string) => {
  const res = await api(`/api/${kind}/login`, { body: { email, password } })
  return res.status === 200 ? (res.body.token as string) : null
}

const fieldOf = (body: any) => body?.errors?.[0]?.field

describe.each(kinds)('change password: %s', (kind) => {
  it('refuses a wrong current password with 400 naming currentPassword, changing nothing', async () => {
    for (let i = 0; i < 2; i++) {
      const { email, token } = await freshAccount(kind)
      const res = await api(`/api/${kind}/change-password`, {
        token,
        body: { currentPassword: 'Not-my-pass-2026', password: 'Brand-new-2026' },
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('currentPassword')
      expect(await signIn(kind, email, 'Brand-new-2026')).toBeNull()
      expect(await signIn(kind, email, testPassword)).not.toBeNull()
    }
  })

  it('refuses a weak new password, and the current one again, naming password', async () => {
    const { token } = await freshAccount(kind)
    for (const password of ['password1', testPassword]) {
      const res = await api(`/api/${kind}/change-password`, {
        token,
        body: { currentPassword: testPassword, password },
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toBe('password')
    }
  })

  it('changes it with the right current password, keeps this session and ends the others', async () => {
    for (let i = 0; i < 2; i++) {
      const { email, token } = await freshAccount(kind)
      const elsewhere = await signIn(kind, email, testPassword)
      const res = await api(`/api/${kind}/change-password`, {
        token,
        body: { currentPassword: testPassword, password: 'Brand-new-2026' },
      })
      expect(res.status).toBe(200)
      expect(await signIn(kind, email, testPassword)).toBeNull()
      expect(await signIn(kind, email, 'Brand-new-2026')).not.toBeNull()
      expect((await api(`/api/${kind}/me`, { token })).body.user?.email).toBe(email)
      expect((await api(`/api/${kind}/me`, { token: elsewhere })).body.user).toBeNull()
    }
  })
})

describe('change password: who may', () => {
  it.each([
    ['nobody', null, 'customers'],
    ['customer1', 'customer1', 'vendors'],
    ['vendor1', 'vendor1', 'customers'],
    ['goldsmith1', 'goldsmith1', 'customers'],
    ['staff1', 'staff1', 'goldsmiths'],
  ] as const)('refuses %s on another kind’s route with 401', async (_, key, kind) => {
    const res = await api(`/api/${kind}/change-password`, {
      token: key ? await tokenFor(key as PersonKey) : null,
      body: { currentPassword: testPassword, password: 'Brand-new-2026' },
    })
    expect(res.status).toBe(401)
  })

  it('counts wrong current passwords as failed sign-ins: the sixth from one client waits', async () => {
    const { token } = await freshAccount('customers')
    const client = testClientAddress()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await api('/api/customers/change-password', {
        token,
        headers: { 'X-Forwarded-For': client },
        body: { currentPassword: `Wrong-guess-${i}0`, password: 'Brand-new-2026' },
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
  })
})

const storefrontPeople = [
  'customer1',
  'customer2',
  'pendingVendor1',
  'pendingVendor2',
  'vendor1',
  'vendor2',
  'goldsmith1',
  'goldsmith2',
] as const satisfies readonly PersonKey[]

const askKind = (email: string, password: string, tried: string, client?: string) =>
  api('/api/account-kind', {
    body: { email, password, tried },
    headers: client ? { 'X-Forwarded-For': client } : undefined,
  })

describe('sign-in: the other kind of account', () => {
  it.each(storefrontPeople)('names %s’s kind after the right password only', async (key) => {
    const { email, collection } = people[key]
    const tried = kinds.find((kind) => kind !== collection)!
    const right = await askKind(email, testPassword, tried)
    expect(right.status).toBe(200)
    expect(right.body).toEqual({ kind: collection })
    const wrong = await askKind(email, 'Wrong-pass-2026', tried)
    expect(wrong.status).toBe(200)
    expect(wrong.body).toEqual({ kind: null })
  })

  it.each(['customer1', 'vendor1', 'goldsmith2'] as const)(
    'says nothing when %s tried its own kind (a wrong password, not a wrong kind)',
    async (key) => {
      const { email, collection } = people[key]
      expect((await askKind(email, testPassword, collection)).body).toEqual({ kind: null })
    },
  )

  it.each(['admin1', 'staff2'] as const)('never names a staff account (%s)', async (key) => {
    expect((await askKind(people[key].email, testPassword, 'customers')).body).toEqual({
      kind: null,
    })
  })

  it('refuses a body without the kind tried, naming it', async () => {
    const res = await api('/api/account-kind', {
      body: { email: people.customer1.email, password: testPassword, tried: 'users' },
    })
    expect(res.status).toBe(400)
    expect(fieldOf(res.body)).toBe('tried')
  })

  it('throttles guesses like sign-ins: the sixth from one client waits, even with the password', async () => {
    const client = testClientAddress()
    const { email } = people.vendor2
    for (let i = 0; i < 5; i++)
      expect((await askKind(email, `Wrong-guess-${i}0`, 'customers', client)).status).toBe(200)
    const sixth = await askKind(email, testPassword, 'customers', client)
    expect(sixth.status).toBe(429)
    expect(sixth.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(JSON.stringify(sixth.body)).not.toContain('vendors')
  })
})
