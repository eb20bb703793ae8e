import { beforeAll, describe, expect, inject, it } from 'vitest'

import { maxItemsPerOrder } from '@/lib/orderLines'

import { newVendorBody } from '../helpers/accounts'
import { api, errorText, tokenFor } from '../helpers/http'
import { priceBlind, priceSighted, testPassword } from '../helpers/people'

/**
 * POST /api/products/by-sku: the quick order's SKU lookup. A trade tool: approved vendors and staff
 * only, published pieces with what field access lets the asker see, and the SKUs that exist but
 * are not published, never a draft's name or price.
 */
const lookUp = (token: string | null, skus: unknown) =>
  api('/api/products/by-sku', { token, body: { skus } })

const fixtureSkus = ['FIX-1', 'FIX-2', 'FIX-DRAFT', 'NOPE-404']

/** Two vendors registered and then rejected by staff: signed in, and still no trade tools. */
const rejectedVendors = async () => {
  const admin = await tokenFor('admin1')
  const tokens: string[] = []
  for (const label of ['rejected-a', 'rejected-b']) {
    const body = newVendorBody({ businessName: `${label} Jewellers` })
    const created = await api('/api/vendors', { body })
    expect(created.status, errorText(created.body)).toBe(201)
    const decided = await api(`/api/vendors/${created.body.doc.id}`, {
      method: 'PATCH',
      token: admin,
      body: { status: 'rejected', decisionNote: 'Not a jeweller' },
    })
    expect(decided.status, errorText(decided.body)).toBe(200)
    const login = await api('/api/vendors/login', {
      body: { email: body.email, password: testPassword },
    })
    expect(login.status, errorText(login.body)).toBe(200)
    tokens.push(login.body.token)
  }
  return tokens
}

describe('POST /api/products/by-sku: who may ask', () => {
  let rejected: string[] = []
  beforeAll(async () => {
    rejected = await rejectedVendors()
  })

  it('asks an anonymous visitor to sign in', async () => {
    const res = await lookUp(null, fixtureSkus)
    expect(res.status).toBe(401)
    expect(JSON.stringify(res.body)).not.toContain('FIX-1')
  })

  it.each(priceBlind)('refuses %s', async (key) => {
    const res = await lookUp(await tokenFor(key), fixtureSkus)
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toMatch(/FIX-|Aarohi/)
  })

  it('refuses both rejected vendors', async () => {
    for (const token of rejected) {
      const res = await lookUp(token, fixtureSkus)
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).not.toMatch(/FIX-|Aarohi/)
    }
  })

  it('refuses a forged token as anonymous', async () => {
    expect((await lookUp('not.a.token', fixtureSkus)).status).toBe(401)
  })
})

describe('POST /api/products/by-sku: what it answers', () => {
  it.each(priceSighted)(
    'gives %s the published pieces with prices, and names the draft only by SKU',
    async (key) => {
      const { products } = inject('fixtures')
      const res = await lookUp(await tokenFor(key), fixtureSkus)
      expect(res.status, errorText(res.body)).toBe(200)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      const docs = res.body.docs as Record<string, unknown>[]
      expect(docs.map((doc) => doc.sku).sort()).toEqual(['FIX-1', 'FIX-2'])
      const first = docs.find((doc) => doc.sku === 'FIX-1')!
      expect(first).toMatchObject({
        id: products[0].id,
        name: products[0].name,
        price: products[0].price,
        sizes: ['12', '14', '16', '18'],
        status: 'published',
      })
      // Only the fields a quick order reads: the price's parts its GST is worked on (lib/pricing.ts
      // quotedAmounts), but no wastage or description.
      expect(first).toMatchObject({ pricing: 'fixed', makingCharges: 1000 })
      expect(Object.keys(first)).not.toContain('wastage')
      expect(Object.keys(first)).not.toContain('description')
      expect(res.body.unpublished).toEqual(['FIX-DRAFT'])
      expect(JSON.stringify(res.body)).not.toMatch(/Secret Draft|250000/)
    },
  )

  it('finds a SKU typed in small letters', async () => {
    const res = await lookUp(await tokenFor('vendor1'), ['fix-3', 'fix-draft'])
    expect(res.status).toBe(200)
    expect(res.body.docs.map((doc: { sku: string }) => doc.sku)).toEqual(['FIX-3'])
    expect(res.body.unpublished).toEqual(['FIX-DRAFT'])
  })

  it('answers unknown SKUs with nothing found', async () => {
    const res = await lookUp(await tokenFor('vendor2'), ['NOPE-1', 'NOPE-2'])
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ docs: [], unpublished: [] })
  })

  it.each([
    ['no list', undefined],
    ['a string', 'FIX-1'],
    ['an empty list', []],
    ['an empty SKU', ['FIX-1', ' ']],
    ['a number', [42]],
    ['more than an order holds', Array.from({ length: maxItemsPerOrder + 1 }, (_, i) => `S${i}`)],
  ])('refuses %s with a 400 naming skus', async (_label, skus) => {
    const res = await lookUp(await tokenFor('vendor1'), skus)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toMatch(/^skus/)
  })

  it('refuses GET', async () => {
    const res = await api('/api/products/by-sku', { token: await tokenFor('vendor1') })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
