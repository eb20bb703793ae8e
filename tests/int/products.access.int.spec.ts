import { describe, expect, inject, it } from 'vitest'

import { draftPrice } from '../helpers/fixtures'
import { api, gql, tokenFor } from '../helpers/http'
import type { PersonKey } from '../helpers/people'
import { priceBlind, priceSighted } from '../helpers/people'

const fixtures = inject('fixtures')
const hidden = ['price', 'wastage', 'makingCharges'] as const
const blind: (PersonKey | 'anonymous')[] = ['anonymous', ...priceBlind]
const tokenOf = async (who: PersonKey | 'anonymous') => (who === 'anonymous' ? null : tokenFor(who))
const inCategory = `where[category][equals]=${fixtures.category.id}`
const byNameAsc = [...fixtures.products].map((p) => p.name).sort()
const byPriceAsc = [...fixtures.products].sort((a, b) => a.price - b.price).map((p) => p.name)

describe('products: who sees prices (REST)', () => {
  it.each(blind)('hides price, wastage and making charges from %s in a list', async (who) => {
    const res = await api(`/api/products?${inCategory}&limit=50`, { token: await tokenOf(who) })
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(fixtures.products.length)
    for (const doc of res.body.docs)
      for (const field of hidden) expect(doc).not.toHaveProperty(field)
  })

  it.each(blind)('hides prices from %s when fetching one product by id', async (who) => {
    const res = await api(`/api/products/${fixtures.products[0].id}`, { token: await tokenOf(who) })
    expect(res.status).toBe(200)
    for (const field of hidden) expect(res.body).not.toHaveProperty(field)
  })

  it.each(blind)('hides prices from %s even when `select` asks for them', async (who) => {
    const res = await api(
      `/api/products?${inCategory}&select[price]=true&select[wastage]=true&select[makingCharges]=true&select[name]=true`,
      { token: await tokenOf(who) },
    )
    expect(res.status).toBe(200)
    for (const doc of res.body.docs)
      for (const field of hidden) expect(doc).not.toHaveProperty(field)
  })

  it.each(priceSighted)('shows prices to %s', async (who) => {
    const res = await api(`/api/products/${fixtures.products[1].id}`, {
      token: await tokenFor(who),
    })
    expect(res.status).toBe(200)
    expect(res.body.price).toBe(fixtures.products[1].price)
    expect(typeof res.body.wastage).toBe('number')
    expect(typeof res.body.makingCharges).toBe('number')
  })
})

describe('products: prices cannot be inferred by querying (REST)', () => {
  const probes = [
    ['where', `where[price][greater_than]=40000`],
    ['where[or]', `where[or][0][price][less_than]=10000&where[or][1][name][equals]=nothing`],
    ['where[and]', `where[and][0][wastage][equals]=8`],
    ['making charges', `where[makingCharges][greater_than_equal]=1000`],
  ] as const

  for (const [label, query] of probes) {
    it.each(blind)(`refuses a ${label} filter on a hidden field from %s`, async (who) => {
      const res = await api(`/api/products?${inCategory}&${query}`, { token: await tokenOf(who) })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    })

    it.each(blind)(`refuses a ${label} count on a hidden field from %s`, async (who) => {
      const res = await api(`/api/products/count?${inCategory}&${query}`, {
        token: await tokenOf(who),
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    })
  }

  it.each(blind)('does not let %s sort by price', async (who) => {
    const token = await tokenOf(who)
    for (const sort of ['price', '-price', 'wastage', 'makingCharges']) {
      const res = await api(`/api/products?${inCategory}&sort=${sort}&limit=50`, { token })
      if (res.status === 200) {
        // Tolerated only if the order carries no information about the hidden field.
        const names = res.body.docs.map((d: { name: string }) => d.name)
        expect(names).not.toEqual(byPriceAsc)
        expect(names).not.toEqual([...byPriceAsc].reverse())
      } else {
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
      }
    }
  })

  it('lets an approved vendor filter and sort by price', async () => {
    const token = await tokenFor('vendor1')
    const sorted = await api(`/api/products?${inCategory}&sort=price&limit=50`, { token })
    expect(sorted.body.docs.map((d: { name: string }) => d.name)).toEqual(byPriceAsc)
    const filtered = await api(`/api/products?${inCategory}&where[price][greater_than]=40000`, {
      token,
    })
    expect(filtered.body.totalDocs).toBe(2)
  })

  it('sorts by name for everyone (control for the sort probe)', async () => {
    const res = await api(`/api/products?${inCategory}&sort=name&limit=50`)
    expect(res.body.docs.map((d: { name: string }) => d.name)).toEqual(byNameAsc)
  })
})

describe('products: drafts', () => {
  it.each(blind)('hides a draft product from %s', async (who) => {
    const token = await tokenOf(who)
    expect((await api(`/api/products/${fixtures.draftProductId}`, { token })).status).toBe(404)
    const list = await api(`/api/products?where[sku][equals]=FIX-DRAFT`, { token })
    expect(list.body.totalDocs).toBe(0)
  })

  it('hides a draft product from an approved vendor', async () => {
    const res = await api(`/api/products/${fixtures.draftProductId}`, {
      token: await tokenFor('vendor1'),
    })
    expect(res.status).toBe(404)
  })

  it.each(['staff1', 'admin2'] as const)('shows a draft product to %s', async (who) => {
    const res = await api(`/api/products/${fixtures.draftProductId}`, {
      token: await tokenFor(who),
    })
    expect(res.status).toBe(200)
    expect(res.body.price).toBe(draftPrice)
  })
})

describe('products: who sees prices (GraphQL)', () => {
  const list = `{ Products(limit: 50, where: { category: { equals: ${JSON.stringify(fixtures.category.id)} }, status: { equals: published } }) { docs { name price wastage makingCharges } } }`

  it.each(blind)('returns null prices to %s', async (who) => {
    const res = await gql(list, await tokenOf(who))
    const docs = res.data?.Products?.docs ?? []
    expect(docs).toHaveLength(fixtures.products.length)
    for (const doc of docs) for (const field of hidden) expect(doc[field]).toBeNull()
  })

  it.each(priceSighted)('returns prices to %s', async (who) => {
    const res = await gql(list, await tokenFor(who))
    const prices = res.data.Products.docs
      .map((d: { price: number }) => d.price)
      .sort((a: number, b: number) => a - b)
    expect(prices).toEqual(fixtures.products.map((p) => p.price).sort((a, b) => a - b))
  })

  it.each(blind)('refuses a GraphQL where on price from %s', async (who) => {
    const res = await gql(
      `{ Products(where: { price: { greater_than: 40000 } }) { totalDocs } }`,
      await tokenOf(who),
    )
    expect(res.errors?.[0]?.message).toMatch(/cannot be queried: price/)
    expect(res.data?.Products?.totalDocs ?? null).toBeNull()
  })

  it.each(blind)('gives %s no price information through a GraphQL sort', async (who) => {
    const res = await gql(
      `{ Products(sort: "price", limit: 50, where: { category: { equals: ${JSON.stringify(fixtures.category.id)} } }) { docs { name } } }`,
      await tokenOf(who),
    )
    if (!res.errors) {
      const names = res.data.Products.docs.map((d: { name: string }) => d.name)
      expect(names).not.toEqual(byPriceAsc)
    } else {
      expect(res.data?.Products ?? null).toBeNull()
    }
  })
})
