import { beforeAll, describe, expect, it } from 'vitest'

import { demoPassword } from '@/scripts/seed/accounts'
import type { Login } from '@/scripts/seed/seedDatabase'
import { seedDatabase } from '@/scripts/seed/seedDatabase'

import { getTestPayload } from '../helpers/localPayload'

describe('seed: production mode', () => {
  let payload: Awaited<ReturnType<typeof getTestPayload>>
  let logins: Login[]

  beforeAll(async () => {
    delete process.env.SEED_ADMIN_PASSWORD
    process.env.SEED_ADMIN_EMAIL = 'owner@shop.example'
    payload = await getTestPayload()
    logins = await seedDatabase(payload, { mode: 'production' })
  })

  it('creates only the admin: no demo people', async () => {
    const users = await payload.find({ collection: 'users' })
    expect(users.docs.map((u) => [u.email, u.role])).toEqual([['owner@shop.example', 'admin']])
    for (const collection of ['customers', 'vendors', 'goldsmiths', 'products'] as const) {
      expect((await payload.count({ collection })).totalDocs).toBe(0)
    }
  })

  it('generates a strong admin password instead of the demo one', async () => {
    const admin = logins.find((l) => l.role === 'admin')!
    expect(admin.password).not.toBe(demoPassword)
    expect(admin.password.length).toBeGreaterThanOrEqual(16)
    const { user } = await payload.login({
      collection: 'users',
      data: { email: 'owner@shop.example', password: admin.password },
    })
    expect(user?.email).toBe('owner@shop.example')
  })

  it('creates the starter categories, rates and settings', async () => {
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(8)
    expect((await payload.findGlobal({ slug: 'rates' })).gold).toBeGreaterThan(0)
  })
})
