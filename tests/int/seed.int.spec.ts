import type { CollectionSlug } from 'payload'
import type { DocumentId } from '@/lib/queryInput'
import { beforeAll, describe, expect, it } from 'vitest'

import { demoPassword } from '@/scripts/seed/accounts'
import { seedDatabase } from '@/scripts/seed/seedDatabase'

import { getTestPayload } from '../helpers/localPayload'

const counted: CollectionSlug[] = [
  'users',
  'customers',
  'vendors',
  'goldsmiths',
  'categories',
  'products',
  'media',
]

describe('seed: demo data', () => {
  let payload: Awaited<ReturnType<typeof getTestPayload>>
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        counted.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs]),
      ),
    )

  beforeAll(async () => {
    payload = await getTestPayload()
    await seedDatabase(payload, { mode: 'demo', productLimit: 3 })
  })

  it('creates every kind of demo person', async () => {
    expect(await counts()).toMatchObject({ users: 2, customers: 2, vendors: 2, goldsmiths: 2 })
  })

  it('creates 8 categories with icons and the requested products with images', async () => {
    const categories = await payload.find({ collection: 'categories', depth: 0, limit: 20 })
    expect(categories.totalDocs).toBe(8)
    expect(
      categories.docs.every((c) => typeof c.icon === 'number' || typeof c.icon === 'string'),
    ).toBe(true)
    const products = await payload.find({ collection: 'products', depth: 0 })
    expect(products.totalDocs).toBe(3)
    for (const product of products.docs) {
      // The image itself: populated into a product, media carries only what a card shows.
      const first = await payload.findByID({
        collection: 'media',
        id: product.images![0] as DocumentId,
      })
      expect(first.sizes?.card?.mimeType).toBe('image/webp')
    }
  })

  it('gives the approved demo vendor a VND id and leaves the pending one without', async () => {
    const { docs } = await payload.find({ collection: 'vendors', sort: 'email' })
    const byStatus = Object.fromEntries(docs.map((v) => [v.status, v.vendorId ?? null]))
    expect(byStatus).toEqual({ approved: 'VND001', pending: null })
  })

  it('signs in with the printed demo password', async () => {
    const { user } = await payload.login({
      collection: 'customers',
      data: { email: 'priya@demo.local', password: demoPassword },
    })
    expect(user?.email).toBe('priya@demo.local')
  })

  it('sets rates and site settings', async () => {
    expect((await payload.findGlobal({ slug: 'rates' })).gold).toBeGreaterThan(0)
    expect((await payload.findGlobal({ slug: 'site-settings' })).timeZone).toBe('Asia/Kolkata')
  })

  it('is idempotent: a second run creates nothing', async () => {
    const before = await counts()
    await seedDatabase(payload, { mode: 'demo', productLimit: 3 })
    expect(await counts()).toEqual(before)
  })
})
