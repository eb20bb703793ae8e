import http from 'http'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { unique } from '../helpers/accounts'
import { api, baseURL, tokenFor } from '../helpers/http'

const fixtures = inject('fixtures')
const outsiders = [
  'customer1',
  'customer2',
  'pendingVendor1',
  'vendor1',
  'vendor2',
  'goldsmith1',
  'goldsmith2',
] as const
const staff = ['staff1', 'staff2', 'admin1'] as const

const productBody = (overrides: object = {}) => ({
  name: `Catalogue Piece ${unique()}`,
  sku: `CAT-${unique()}`,
  category: fixtures.category.id,
  metal: 'gold',
  purity: '22K',
  grossWeight: 10,
  netWeight: 8,
  stoneWeight: 1,
  price: 50_000,
  status: 'draft',
  ...overrides,
})

const staffToken = () => tokenFor('staff1')

const createCategory = async (name = `Catalogue Shelf ${unique()}`) => {
  const res = await api('/api/categories', { token: await staffToken(), body: { name } })
  expect(res.status).toBe(201)
  return res.body.doc as { id: string | number; slug: string; name: string }
}

const productCount = async () => {
  const res = await api('/api/products/count', { token: await staffToken() })
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

const mediaCount = async () => {
  const res = await api('/api/media/count', { token: await staffToken() })
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

/** A multipart upload the way Payload's admin sends it: the file plus `_payload` JSON. */
const upload = async (
  token: string | null,
  file: Buffer,
  {
    type = 'image/png',
    filename = 'piece.png',
    data = { alt: 'A gold ring' } as object | null,
  } = {},
) => {
  const form = new FormData()
  if (data) form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  return api('/api/media', { token, form })
}

/**
 * Posts a body larger than the server accepts. The server answers before it has read everything,
 * which `fetch` reports as a reset; node's http hands over the response as soon as it arrives.
 */
const postOversized = (token: string, file: Buffer) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const boundary = `----catalogue${unique()}`
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"Too big"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n` +
        `Content-Type: image/png\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const body = Buffer.concat([head, file, tail])
    const req = http.request(`${baseURL()}/api/media`, {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': body.length,
      },
    })
    let settled = false
    req.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => {
        settled = true
        resolve({ status: res.statusCode ?? 0, body: text })
      })
    })
    req.on('error', (error) => {
      if (!settled) reject(error)
    })
    req.end(body)
  })

let png: Buffer
beforeAll(async () => {
  png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c9a227' } })
    .png()
    .toBuffer()
})

describe('catalogue: categories', () => {
  it.each(['anonymous', ...outsiders] as const)('lets %s read categories', async (who) => {
    const token = who === 'anonymous' ? null : await tokenFor(who)
    const res = await api(`/api/categories?where[slug][equals]=${fixtures.category.slug}`, {
      token,
    })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: any) => d.id)).toEqual([fixtures.category.id])
  })

  it.each(outsiders)('refuses %s creating a category', async (who) => {
    const name = `Outsider Shelf ${unique()}`
    const res = await api('/api/categories', { token: await tokenFor(who), body: { name } })
    expect(res.status).toBe(403)
    const check = await api(`/api/categories?where[name][equals]=${encodeURIComponent(name)}`)
    expect(check.body.totalDocs).toBe(0)
  })

  it.each(outsiders)('refuses %s renaming a category', async (who) => {
    const res = await api(`/api/categories/${fixtures.category.id}`, {
      method: 'PATCH',
      token: await tokenFor(who),
      body: { name: 'Hijacked Shelf' },
    })
    expect(res.status).toBe(403)
    const after = await api(`/api/categories/${fixtures.category.id}`)
    expect(after.body.name).toBe('Fixture Rings')
  })

  it.each(outsiders)('refuses %s deleting a category', async (who) => {
    const category = await createCategory()
    const res = await api(`/api/categories/${category.id}`, {
      method: 'DELETE',
      token: await tokenFor(who),
    })
    expect(res.status).toBe(403)
    expect((await api(`/api/categories/${category.id}`)).status).toBe(200)
  })

  it.each(staff)('lets %s create, rename and delete a category', async (who) => {
    const token = await tokenFor(who)
    const name = `Staff Shelf ${unique()}`
    const created = await api('/api/categories', { token, body: { name } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const renamed = await api(`/api/categories/${id}`, {
      method: 'PATCH',
      token,
      body: { description: 'Renamed by staff' },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.description).toBe('Renamed by staff')
    expect((await api(`/api/categories/${id}`, { method: 'DELETE', token })).status).toBe(200)
    // Looked up by its name, not its id: SQLite may give the id to a category another test file
    // creates a moment later.
    const left = await api(`/api/categories?where[name][equals]=${encodeURIComponent(name)}`)
    expect(left.body.totalDocs).toBe(0)
  })

  it('generates the slug from the name and makes it unique', async () => {
    const suffix = unique()
    const first = await createCategory(`Temple Rings ${suffix}`)
    const second = await createCategory(`Temple Rings ${suffix}`)
    expect(first.slug).toBe(`temple-rings-${suffix}`)
    expect(second.slug).toBe(`temple-rings-${suffix}-2`)
  })

  it('keeps a category’s slug when it is saved again', async () => {
    const category = await createCategory()
    const res = await api(`/api/categories/${category.id}`, {
      method: 'PATCH',
      token: await staffToken(),
      body: { description: 'Saved again' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.slug).toBe(category.slug)
  })

  it('refuses deleting a category that still has products, with 409 and the count', async () => {
    const category = await createCategory()
    const token = await staffToken()
    for (let i = 0; i < 2; i++) {
      const res = await api('/api/products', {
        token,
        body: productBody({ category: category.id }),
      })
      expect(res.status).toBe(201)
    }
    const res = await api(`/api/categories/${category.id}`, { method: 'DELETE', token })
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('2 products')
    expect((await api(`/api/categories/${category.id}`)).status).toBe(200)
  })

  it('refuses a bulk delete by where of a category that still has products', async () => {
    const category = await createCategory()
    const token = await staffToken()
    expect(
      (await api('/api/products', { token, body: productBody({ category: category.id }) })).status,
    ).toBe(201)
    const res = await api(`/api/categories?where[id][equals]=${category.id}`, {
      method: 'DELETE',
      token,
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body)).toContain('1 product')
    expect((await api(`/api/categories/${category.id}`)).status).toBe(200)
  })

  it('counts draft products when refusing to delete a category', async () => {
    const category = await createCategory()
    const token = await staffToken()
    const draft = productBody({ category: category.id, status: 'draft' })
    expect((await api('/api/products', { token, body: draft })).status).toBe(201)
    const res = await api(`/api/categories/${category.id}`, { method: 'DELETE', token })
    expect(res.status).toBe(409)
  })

  it('deletes a category once its products are gone', async () => {
    const category = await createCategory()
    const token = await staffToken()
    const product = await api('/api/products', {
      token,
      body: productBody({ category: category.id }),
    })
    expect(product.status).toBe(201)
    expect((await api(`/api/categories/${category.id}`, { method: 'DELETE', token })).status).toBe(
      409,
    )
    expect(
      (await api(`/api/products/${product.body.doc.id}`, { method: 'DELETE', token })).status,
    ).toBe(200)
    expect((await api(`/api/categories/${category.id}`, { method: 'DELETE', token })).status).toBe(
      200,
    )
    expect((await api(`/api/categories/${category.id}`)).status).toBe(404)
  })
})

describe('catalogue: who may change products', () => {
  it.each(outsiders)('refuses %s creating a product', async (who) => {
    const body = productBody()
    const res = await api('/api/products', { token: await tokenFor(who), body })
    expect(res.status).toBe(403)
    const check = await api(`/api/products/count?where[sku][equals]=${body.sku}`, {
      token: await staffToken(),
    })
    expect(check.body.totalDocs).toBe(0)
  })

  it.each(outsiders)('refuses %s updating a product', async (who) => {
    const product = fixtures.products[0]
    const res = await api(`/api/products/${product.id}`, {
      method: 'PATCH',
      token: await tokenFor(who),
      body: { name: 'Hijacked', price: 1 },
    })
    expect(res.status).toBe(403)
    const after = await api(`/api/products/${product.id}`, { token: await staffToken() })
    expect(after.body.name).toBe(product.name)
    expect(after.body.price).toBe(product.price)
  })

  it.each(outsiders)('refuses %s deleting a product', async (who) => {
    const created = await api('/api/products', { token: await staffToken(), body: productBody() })
    const res = await api(`/api/products/${created.body.doc.id}`, {
      method: 'DELETE',
      token: await tokenFor(who),
    })
    expect(res.status).toBe(403)
    const after = await api(`/api/products/${created.body.doc.id}`, { token: await staffToken() })
    expect(after.status).toBe(200)
  })

  it('refuses an anonymous product create', async () => {
    const res = await api('/api/products', { body: productBody() })
    expect(res.status).toBe(403)
  })

  it.each(staff)('lets %s create, update and delete a product', async (who) => {
    const token = await tokenFor(who)
    const created = await api('/api/products', { token, body: productBody() })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await api(`/api/products/${id}`, {
      method: 'PATCH',
      token,
      body: { price: 61_000 },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.price).toBe(61_000)
    expect((await api(`/api/products/${id}`, { method: 'DELETE', token })).status).toBe(200)
  })
})

describe('catalogue: product validation', () => {
  const invalid = [
    ['a purity that is not of the metal', 'purity', { metal: 'silver', purity: '22K' }],
    ['a net weight above the gross weight', 'netWeight', { grossWeight: 5, netWeight: 6 }],
    ['a stone weight above the gross weight', 'stoneWeight', { grossWeight: 5, stoneWeight: 6 }],
    ['a negative gross weight', 'grossWeight', { grossWeight: -1, netWeight: 0, stoneWeight: 0 }],
    ['a missing sku', 'sku', { sku: undefined }],
    ['a missing category', 'category', { category: undefined }],
    ['an unknown metal', 'metal', { metal: 'bronze' }],
    ['a negative price', 'price', { price: -10 }],
  ] as const

  it.each(invalid)('refuses %s with 400 naming %s and writes nothing', async (_, field, patch) => {
    const before = await productCount()
    const res = await api('/api/products', {
      token: await staffToken(),
      body: productBody(patch),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(field)
    expect(await productCount()).toBe(before)
  })

  it('refuses a duplicate sku with a 4xx naming sku and writes nothing', async () => {
    const token = await staffToken()
    const first = productBody()
    expect((await api('/api/products', { token, body: first })).status).toBe(201)
    const before = await productCount()
    const res = await api('/api/products', { token, body: productBody({ sku: first.sku }) })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body)).toContain('sku')
    expect(await productCount()).toBe(before)
  })

  it('refuses a PATCH that makes the net weight exceed the gross, keeping the product as it was', async () => {
    const token = await staffToken()
    const created = await api('/api/products', { token, body: productBody() })
    const id = created.body.doc.id
    const res = await api(`/api/products/${id}`, {
      method: 'PATCH',
      token,
      body: { netWeight: 12 },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('netWeight')
    const after = await api(`/api/products/${id}`, { token })
    expect(after.body.netWeight).toBe(8)
  })

  it('refuses a PATCH to a sku another product has, naming sku', async () => {
    const token = await staffToken()
    const a = await api('/api/products', { token, body: productBody() })
    const b = await api('/api/products', { token, body: productBody() })
    const res = await api(`/api/products/${b.body.doc.id}`, {
      method: 'PATCH',
      token,
      body: { sku: a.body.doc.sku },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body)).toContain('sku')
    const after = await api(`/api/products/${b.body.doc.id}`, { token })
    expect(after.body.sku).toBe(b.body.doc.sku)
  })
})

describe('catalogue: media', () => {
  it('stores a PNG uploaded by staff as WebP with thumbnail and card sizes', async () => {
    const res = await upload(await staffToken(), png, { data: { alt: 'Gold swatch' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.alt).toBe('Gold swatch')
    expect(res.body.doc.mimeType).toBe('image/webp')
    for (const size of ['thumbnail', 'card'] as const) {
      expect(res.body.doc.sizes[size].mimeType, size).toBe('image/webp')
      expect(res.body.doc.sizes[size].url, size).toMatch(/\.webp$/)
    }
    // Staff only until a published product shows it (security.media.int.spec.ts).
    const file = await fetch(res.body.doc.sizes.thumbnail.url, {
      headers: { Authorization: `JWT ${await staffToken()}` },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/webp')
  })

  it('refuses an SVG with a script sent as image/png, naming file', async () => {
    const before = await mediaCount()
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    )
    const res = await upload(await staffToken(), svg, { filename: 'x.png' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('file')
    expect(await mediaCount()).toBe(before)
  })

  it('refuses plain text sent as image/png, naming file', async () => {
    const before = await mediaCount()
    const res = await upload(await staffToken(), Buffer.from('just some words, not pixels'), {
      filename: 'notes.png',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('file')
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an upload without alt text, naming alt', async () => {
    const before = await mediaCount()
    const res = await upload(await staffToken(), png, { data: null })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('alt')
    expect(await mediaCount()).toBe(before)
  })

  it.each(['customer1', 'vendor1', 'goldsmith1'] as const)(
    'refuses an upload by %s',
    async (who) => {
      const before = await mediaCount()
      const res = await upload(await tokenFor(who), png)
      expect(res.status).toBe(403)
      expect(await mediaCount()).toBe(before)
    },
  )

  it('refuses an anonymous upload', async () => {
    const res = await upload(null, png)
    expect(res.status).toBe(403)
  })

  it('refuses a file over the size limit with 413, not a 500', async () => {
    const before = await mediaCount()
    // Valid PNG header bytes followed by padding: 11 MiB, over the 10 MiB default limit.
    const oversized = Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024, 7)])
    const res = await postOversized(await staffToken(), oversized)
    expect(res.status).toBe(413)
    expect(await mediaCount()).toBe(before)
  })
})
