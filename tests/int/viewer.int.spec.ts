import { describe, expect, it } from 'vitest'

import { api, tokenFor } from '../helpers/http'
import { people, type PersonKey } from '../helpers/people'

/**
 * GET /api/viewer: who is signed in, as the storefront's header needs it, and nothing more. Every
 * page is cached HTML for everyone, so this answer is the one per-person thing a page asks for.
 */
const everyone = Object.keys(people) as PersonKey[]

describe('GET /api/viewer', () => {
  it('answers an anonymous visitor with null, and is never cached', async () => {
    const res = await api('/api/viewer')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ viewer: null })
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })

  it.each(everyone)('names %s with the header fields only', async (key) => {
    const person = people[key]
    const res = await api('/api/viewer', { token: await tokenFor(key) })
    expect(res.status).toBe(200)
    const { viewer } = res.body
    expect(Object.keys(viewer).sort()).toEqual(
      person.collection === 'vendors'
        ? ['collection', 'email', 'id', 'name', 'vendorStatus']
        : ['collection', 'email', 'id', 'name'],
    )
    expect(viewer).toMatchObject({ collection: person.collection, email: person.email })
    if ('status' in person) expect(viewer.vendorStatus).toBe(person.status)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })

  it('ignores a forged or expired token rather than naming anyone', async () => {
    const res = await api('/api/viewer', { token: 'not.a.token' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ viewer: null })
  })

  it('refuses other methods', async () => {
    const res = await api('/api/viewer', { method: 'POST', body: {} })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
