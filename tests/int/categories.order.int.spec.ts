import { describe, expect, it } from 'vitest'

import { unique } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import type { PersonKey } from '../helpers/people'

type Shelf = { id: number; name: string; _order: string; order: number }

/** Three new categories, made one after another by staff: each lands last. */
const threeShelves = async (): Promise<Shelf[]> => {
  const token = await tokenFor('staff1')
  const shelves: Shelf[] = []
  for (const label of ['A', 'B', 'C']) {
    const res = await api('/api/categories', {
      token,
      body: { name: `Order ${label} ${unique()}` },
    })
    expect(res.status).toBe(201)
    shelves.push(res.body.doc)
  }
  return shelves
}

/** The public category list (the storefront's order), narrowed to `shelves`. */
const publicOrderOf = async (shelves: Shelf[]) => {
  const ids = shelves.map((s) => s.id).join(',')
  const res = await api(`/api/categories?where[id][in]=${ids}&limit=10&depth=0`)
  expect(res.status).toBe(200)
  return res.body.docs as Shelf[]
}

/** Payload's drag-and-drop call: put `moved` just before `target`. */
const moveBefore = async (who: PersonKey, moved: Shelf, target: Shelf) =>
  api('/api/reorder', {
    token: await tokenFor(who),
    body: {
      collectionSlug: 'categories',
      docsToMove: [moved.id],
      newKeyWillBe: 'less',
      orderableFieldName: '_order',
      target: { id: target.id, key: target._order },
    },
  })

describe('categories: the order staff set by dragging', () => {
  it('lists new categories last, each with its place as order', async () => {
    const shelves = await threeShelves()
    const listed = await publicOrderOf(shelves)
    expect(listed.map((s) => s.id)).toEqual(shelves.map((s) => s.id))
    // Places, not fixed numbers: other files add and delete categories meanwhile.
    const places = listed.map((s) => s.order)
    expect(places[0]).toBeGreaterThan(0)
    expect(places[1]).toBeGreaterThan(places[0]!)
    expect(places[2]).toBeGreaterThan(places[1]!)
  })

  it.each(['staff1', 'staff2', 'admin1'] as const)(
    'lets %s drag the last category to the front; everyone then reads the new order',
    async (who) => {
      const [a, b, c] = await threeShelves()
      const res = await moveBefore(who, c!, a!)
      expect(res.status).toBe(200)
      const listed = await publicOrderOf([a!, b!, c!])
      expect(listed.map((s) => s.name)).toEqual([c!.name, a!.name, b!.name])
      expect(listed[0]!.order).toBeLessThan(listed[1]!.order)
      const viaGraphQL = await gql('{ Categories(limit: 500) { docs { id name order } } }')
      const mine = new Set([a!.id, b!.id, c!.id])
      expect(
        viaGraphQL.data.Categories.docs.filter((d: any) => mine.has(d.id)).map((d: any) => d.name),
      ).toEqual([c!.name, a!.name, b!.name])
    },
  )

  it.each(['customer1', 'vendor1', 'goldsmith1'] as const)(
    'refuses %s reordering categories, and nothing moves',
    async (who) => {
      const [a, b, c] = await threeShelves()
      const res = await moveBefore(who, c!, a!)
      expect(res.status).toBe(403)
      const listed = await publicOrderOf([a!, b!, c!])
      expect(listed.map((s) => s.id)).toEqual([a!.id, b!.id, c!.id])
    },
  )

  it('refuses an anonymous reorder', async () => {
    const [a, , c] = await threeShelves()
    const res = await api('/api/reorder', {
      body: {
        collectionSlug: 'categories',
        docsToMove: [c!.id],
        newKeyWillBe: 'less',
        orderableFieldName: '_order',
        target: { id: a!.id, key: a!._order },
      },
    })
    expect(res.status).toBe(403)
  })

  it('treats order as read-only: a number sent with a category changes nothing', async () => {
    const [a, b] = await threeShelves()
    const res = await api(`/api/categories/${b!.id}`, {
      method: 'PATCH',
      token: await tokenFor('staff1'),
      body: { order: -100 },
    })
    expect(res.status).toBe(200)
    const listed = await publicOrderOf([a!, b!])
    expect(listed.map((s) => s.id)).toEqual([a!.id, b!.id])
    expect(listed[1]!.order).toBeGreaterThan(listed[0]!.order)
    expect(listed[1]!.order).toBeGreaterThan(0)
  })

  it('refuses sorting by order, a position rather than a column, with 400 naming it', async () => {
    const res = await api('/api/categories?sort=order')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('order')
  })

  it('refuses a reorder of a collection that is not orderable, with 400', async () => {
    const res = await api('/api/reorder', {
      token: await tokenFor('staff1'),
      body: {
        collectionSlug: 'products',
        docsToMove: [1],
        newKeyWillBe: 'less',
        orderableFieldName: '_order',
        target: { id: 2, key: 'a0' },
      },
    })
    expect(res.status).toBe(400)
  })
})
