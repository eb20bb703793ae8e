import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { unique } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import { orderBody, transition } from '../helpers/orders'
import type { PersonKey } from '../helpers/people'

let png: Buffer
/** A shelf of this file's own: published pieces on the fixture shelf would race other files. */
let shelf: number
beforeAll(async () => {
  png = await sharp({ create: { width: 48, height: 48, channels: 3, background: '#b8860b' } })
    .png()
    .toBuffer()
  const created = await api('/api/categories', {
    token: await tokenFor('staff1'),
    body: { name: `Media Shelf ${unique()}` },
  })
  expect(created.status).toBe(201)
  shelf = created.body.doc.id
})

type Media = { id: number; url: string; filename: string }

const uploadImage = async (): Promise<Media> => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: `Private piece ${unique()}` }))
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `p-${unique()}.png`)
  const res = await api('/api/media', { token: await tokenFor('staff1'), form })
  expect(res.status).toBe(201)
  return res.body.doc
}

const productWith = async (image: Media, status: 'draft' | 'published') => {
  const res = await api('/api/products', {
    token: await tokenFor('staff1'),
    body: {
      name: `Media Piece ${unique()}`,
      sku: `MED-${unique()}`,
      category: shelf,
      metal: 'gold',
      purity: '22K',
      grossWeight: 10,
      netWeight: 8,
      price: 40_000,
      images: [image.id],
      sizes: [], // one size: the fixture category's ring sizes would ask for one
      status,
    },
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number }
}

const setStatus = async (productId: number, status: 'draft' | 'published') =>
  expect(
    (
      await api(`/api/products/${productId}`, {
        method: 'PATCH',
        token: await tokenFor('staff1'),
        body: { status },
      })
    ).status,
  ).toBe(200)

/** What a reader gets for the image: its record over REST and GraphQL, and the file itself. */
const reads = async (who: PersonKey | null, image: Media) => {
  const token = who ? await tokenFor(who) : null
  const record = await api(`/api/media/${image.id}`, { token })
  const file = await api(new URL(image.url).pathname, { token })
  const graphql = await gql(`{ Media(id: ${image.id}) { id } }`, token)
  const seen = [record.status === 200, file.status === 200, Boolean(graphql.data?.Media?.id)]
  // All three answer alike, or one of them leaks.
  expect(new Set(seen).size).toBe(1)
  if (!seen[0]) expect([403, 404]).toContain(record.status)
  return seen[0]
}

const everyoneButStaff: (PersonKey | null)[] = [
  null,
  'customer1',
  'customer2',
  'vendor1',
  'vendor2',
  'goldsmith1',
  'goldsmith2',
]

describe('security: images follow what shows them', () => {
  it('keeps a draft product’s image to staff, and opens it when the product is published', async () => {
    const image = await uploadImage()
    const product = await productWith(image, 'draft')
    for (const who of everyoneButStaff) expect(await reads(who, image)).toBe(false)
    expect(await reads('staff1', image)).toBe(true)
    expect(await reads('admin2', image)).toBe(true)
    const listed = await api('/api/media?limit=200&sort=-createdAt')
    expect(listed.body.docs.map((d: Media) => d.id)).not.toContain(image.id)

    await setStatus(product.id, 'published')
    for (const who of everyoneButStaff) expect(await reads(who, image)).toBe(true)
    await setStatus(product.id, 'draft')
    expect(await reads(null, image)).toBe(false)
  })

  it('shows a category’s icon and the site logo to anyone', async () => {
    const icon = await uploadImage()
    expect(await reads(null, icon)).toBe(false)
    const category = await api('/api/categories', {
      token: await tokenFor('staff1'),
      body: { name: `Icon Shelf ${unique()}`, icon: icon.id },
    })
    expect(category.status).toBe(201)
    expect(await reads(null, icon)).toBe(true)
    expect(
      (
        await api(`/api/categories/${category.body.doc.id}`, {
          method: 'DELETE',
          token: await tokenFor('staff1'),
        })
      ).status,
    ).toBe(200)
    expect(await reads(null, icon)).toBe(false)

    const logo = await uploadImage()
    const settings = await api('/api/globals/site-settings', { token: await tokenFor('admin1') })
    const before = settings.body.logo?.id ?? settings.body.logo ?? null
    const changed = await api('/api/globals/site-settings', {
      method: 'POST',
      token: await tokenFor('admin1'),
      body: { logo: logo.id },
    })
    expect(changed.status).toBe(200)
    expect(await reads(null, logo)).toBe(true)
    await api('/api/globals/site-settings', {
      method: 'POST',
      token: await tokenFor('admin1'),
      body: { logo: before },
    })
    expect(await reads(null, logo)).toBe(false)
  })

  it('lets an order’s buyer and its karigar keep seeing a piece withdrawn after the order', async () => {
    const image = await uploadImage()
    const product = await productWith(image, 'published')
    const order = await api('/api/orders', {
      token: await tokenFor('customer1'),
      body: orderBody({ items: [{ product: product.id, quantity: 1 }] }),
    })
    expect(order.status, JSON.stringify(order.body)).toBe(201)
    const assigned = await transition('admin1', order.body.doc.id, { action: 'accept' })
    expect(assigned.status).toBe(200)
    expect(
      (
        await transition('admin1', order.body.doc.id, {
          action: 'assign',
          goldsmith: inject('fixtures').ids.goldsmith1,
        })
      ).status,
    ).toBe(200)
    await setStatus(product.id, 'draft')

    expect(await reads('customer1', image)).toBe(true)
    expect(await reads('goldsmith1', image)).toBe(true)
    for (const who of [null, 'customer2', 'vendor1', 'goldsmith2'] as const)
      expect(await reads(who, image)).toBe(false)
  })
})

/** POST /api/orders/:id/transition as multipart: the move as `_payload`, the photo as `file`. */
const transitionWithFile = async (
  who: PersonKey,
  id: number,
  body: Record<string, unknown>,
  file: Blob,
) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(body))
  form.append('file', file, `finished-${unique()}.png`)
  return api(`/api/orders/${id}/transition`, { token: await tokenFor(who), form })
}

describe('security: an image in use is not deleted', () => {
  const remove = async (image: Media) =>
    api(`/api/media/${image.id}`, { method: 'DELETE', token: await tokenFor('staff1') })

  it('refuses with 409 naming the product, draft or published, and deletes it once unused', async () => {
    const image = await uploadImage()
    const product = await productWith(image, 'draft')
    const refused = await remove(image)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/1 product;/)
    expect((await api(`/api/media/${image.id}`, { token: await tokenFor('staff1') })).status).toBe(
      200,
    )
    const unlinked = await api(`/api/products/${product.id}`, {
      method: 'PATCH',
      token: await tokenFor('staff1'),
      body: { images: [] },
    })
    expect(unlinked.status).toBe(200)
    expect((await remove(image)).status).toBe(200)
  })

  it('refuses to delete the site logo, over REST one by one or in bulk, and over GraphQL', async () => {
    const logo = await uploadImage()
    const settings = await api('/api/globals/site-settings', { token: await tokenFor('admin1') })
    const before = settings.body.logo?.id ?? settings.body.logo ?? null
    const admin = await tokenFor('admin1')
    const setLogo = (id: number | null) =>
      api('/api/globals/site-settings', { method: 'POST', token: admin, body: { logo: id } })
    expect((await setLogo(logo.id)).status).toBe(200)
    try {
      const refused = await remove(logo)
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toMatch(/the site logo/)
      const bulk = await api(`/api/media?where[id][equals]=${logo.id}`, {
        method: 'DELETE',
        token: await tokenFor('staff2'),
      })
      expect(bulk.body.docs ?? []).toEqual([])
      const graphql = await gql(`mutation { deleteMedia(id: ${logo.id}) { id } }`, admin)
      expect(graphql.errors?.[0]?.message).toMatch(/the site logo/)
      expect((await api(`/api/media/${logo.id}`)).status).toBe(200)
    } finally {
      expect((await setLogo(before)).status).toBe(200)
    }
  })
})

describe('security: the photo of a finished piece', () => {
  const { ids } = inject('fixtures')
  let order: { id: number }
  let photo: Media

  beforeAll(async () => {
    order = (await api('/api/orders', { token: await tokenFor('customer1'), body: orderBody() }))
      .body.doc
    await transition('staff1', order.id, { action: 'accept' })
    await transition('staff1', order.id, { action: 'assign', goldsmith: ids.goldsmith1 })
    const done = await transitionWithFile(
      'goldsmith1',
      order.id,
      { action: 'complete', note: 'Polished twice', noteVisibility: 'internal' },
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
    )
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.doc.status).toBe('completed')
    const entry = done.body.doc.history.find((e: { action: string }) => e.action === 'complete')
    photo = (await api(`/api/media/${entry.photo}`, { token: await tokenFor('staff1') })).body
  })

  it('puts it on the timeline for the buyer and staff, over REST and GraphQL', async () => {
    for (const who of ['customer1', 'staff2'] as const) {
      const token = await tokenFor(who)
      const rest = await api(`/api/orders/${order.id}?depth=0`, { token })
      const complete = rest.body.history.find((e: { action: string }) => e.action === 'complete')
      expect(complete.photo).toBe(photo.id)
      const graphql = await gql(
        `query ($id: Int!) { Order(id: $id) { history { action photo { id url } } } }`,
        token,
        { id: order.id },
      )
      const entry = graphql.data?.Order?.history.find(
        (e: { action: string }) => e.action === 'complete',
      )
      expect(entry.photo).toEqual({ id: photo.id, url: photo.url })
    }
  })

  it('lets only the buyer, the karigar and staff load it, never the public', async () => {
    for (const who of ['customer1', 'goldsmith1', 'staff1', 'admin2'] as const)
      expect(await reads(who, photo)).toBe(true)
    for (const who of [null, 'customer2', 'vendor1', 'vendor2', 'goldsmith2'] as const)
      expect(await reads(who, photo)).toBe(false)
    const listed = await api('/api/media?limit=200&sort=-createdAt')
    expect(listed.body.docs.map((d: Media) => d.id)).not.toContain(photo.id)
  })

  it('refuses a file that is not an image, with 400 naming it, and leaves the order as it was', async () => {
    const fresh = (
      await api('/api/orders', { token: await tokenFor('customer2'), body: orderBody() })
    ).body.doc
    await transition('staff1', fresh.id, { action: 'accept' })
    await transition('staff1', fresh.id, { action: 'assign', goldsmith: ids.goldsmith2 })
    const res = await transitionWithFile(
      'goldsmith2',
      fresh.id,
      { action: 'complete' },
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/png' }),
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toContain('"file"')
    const after = (await api(`/api/orders/${fresh.id}`, { token: await tokenFor('staff1') })).body
    expect([after.status, after.history.length]).toEqual(['under_process', 3])
  })

  it('refuses a photo with any other step', async () => {
    const fresh = (
      await api('/api/orders', { token: await tokenFor('customer2'), body: orderBody() })
    ).body.doc
    const res = await transitionWithFile(
      'staff2',
      fresh.id,
      { action: 'accept' },
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('file')
  })

  it('keeps karigars from uploading media themselves', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Mine' }))
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'mine.png')
    const res = await api('/api/media', { token: await tokenFor('goldsmith1'), form })
    expect(res.status).toBe(403)
  })
})
