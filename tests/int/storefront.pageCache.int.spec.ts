import { describe, expect, it } from 'vitest'

import { unique } from '../helpers/accounts'
import { api, baseURL, tokenFor } from '../helpers/http'

/**
 * Public pages are rendered once and served from the page cache to everyone, until an edit
 * revalidates them. Each check warms a page until the cache answers (a HIT), saves an edit over
 * REST, and then loads the page exactly once: the edit must be on that very next request.
 */
const page = async (path: string) => {
  const res = await fetch(`${baseURL()}${path}`)
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() }
}

// Loads a page until the cache answers. Right after an edit it does not, for up to two seconds
// (cache-handler.mjs keeps nothing rendered that soon after a revalidation), so this polls.
const warm = async (path: string) => {
  let last = await page(path)
  for (let tries = 0; last.cache !== 'HIT' && tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    last = await page(path)
  }
  expect(last.cache, `${path} is served from the cache`).toBe('HIT')
  return last.html
}

const staff = () => tokenFor('staff1')

const shelfWithPiece = async () => {
  const token = await staff()
  const category = await api('/api/categories', {
    token,
    body: { name: `Cache Shelf ${unique()}` },
  })
  expect(category.status).toBe(201)
  const product = await api('/api/products', {
    token,
    body: {
      name: `Cache Piece ${unique()}`,
      sku: `CCH-${unique()}`,
      category: category.body.doc.id,
      metal: 'silver',
      purity: '925',
      grossWeight: 12,
      netWeight: 11,
      stoneWeight: 0,
      price: 12_345,
      status: 'published',
    },
  })
  expect(product.status).toBe(201)
  return { category: category.body.doc, product: product.body.doc }
}

const patch = async (path: string, body: object) => {
  const res = await api(path, { token: await staff(), method: 'PATCH', body })
  expect(res.status).toBe(200)
}

describe('page cache: an edit shows on the very next request', () => {
  it('serves the same cached page to everyone, with no price in it', async () => {
    const { product } = await shelfWithPiece()
    const anonymous = await warm(`/products/${product.slug}`)
    const asVendor = await fetch(`${baseURL()}/products/${product.slug}`, {
      headers: { Authorization: `JWT ${await tokenFor('vendor1')}` },
    })
    expect(asVendor.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await asVendor.text()).not.toContain('12,345')
    expect(anonymous).not.toContain('12,345')
  })

  it('a renamed product, on its page, its shelf and the filtered catalogue', async () => {
    const { category, product } = await shelfWithPiece()
    const filtered = `/products?metal=silver&sort=name&category=${category.slug}`
    for (const path of [`/products/${product.slug}`, `/categories/${category.slug}`, filtered])
      expect(await warm(path)).toContain(product.name)

    const renamed = `${product.name} Heritage`
    await patch(`/api/products/${product.id}`, { name: renamed })
    for (const path of [`/products/${product.slug}`, `/categories/${category.slug}`, filtered])
      expect((await page(path)).html, path).toContain(renamed)
  })

  it('a product taken off the shelf (unpublished) is gone from its page and its shelf', async () => {
    const { category, product } = await shelfWithPiece()
    await warm(`/products/${product.slug}`)
    await warm(`/categories/${category.slug}`)
    await patch(`/api/products/${product.id}`, { status: 'draft' })
    expect((await page(`/products/${product.slug}`)).status).toBe(404)
    expect((await page(`/categories/${category.slug}`)).html).not.toContain(product.name)
  })

  it('a renamed category, in the navigation of every page', async () => {
    const { category, product } = await shelfWithPiece()
    await warm('/about')
    await warm(`/products/${product.slug}`)
    const renamed = `${category.name} Renamed`
    await patch(`/api/categories/${category.id}`, { name: renamed })
    expect((await page('/about')).html).toContain(renamed)
    expect((await page(`/products/${product.slug}`)).html).toContain(renamed)
  })

  it('a new hero headline on the home page', async () => {
    await warm('/')
    const headline = `Made for you ${unique()}`
    const token = await tokenFor('admin1')
    const settings = await api('/api/globals/site-settings?depth=0', { token })
    const res = await api('/api/globals/site-settings', {
      token,
      body: { hero: { ...settings.body.hero, headline } },
    })
    expect(res.status).toBe(200)
    expect((await page('/')).html).toContain(headline)
  })

  it('one cache entry per view, however its query is spelt', async () => {
    await warm('/products?metal=gold&sort=name')
    const respelt = await page('/products?sort=name&utm_source=mail&metal=gold&page=1')
    expect(respelt.cache).toBe('HIT')
  })
})

/**
 * server.mjs answers repeated public requests from response-cache.mjs before Next sees them: the
 * cached pages and the anonymous catalogue API. A signed-in caller's answer is never stored or
 * served from there, and an edit empties it like the page cache.
 */
describe('response cache in front of Next', () => {
  const bySku = (sku: string) => `/api/products?depth=1&where[sku][equals]=${sku}`
  const anonymously = (path: string) => api(path)
  const withCookie = async (path: string) =>
    api(path, {
      // As the shop's own pages send it: a cookie counts only on a same-origin request.
      headers: { Cookie: `payload-token=${await tokenFor('vendor2')}`, Origin: baseURL() },
    })
  // Nothing is stored for two seconds after an edit (the settle window), so this polls.
  const untilHit = async (path: string) => {
    let last = await anonymously(path)
    for (let tries = 0; !last.headers.get('x-response-cache') && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      last = await anonymously(path)
    }
    expect(last.headers.get('x-response-cache'), `${path} is answered in front of Next`).toBe('HIT')
    return last
  }

  it('answers a repeated anonymous catalogue request itself, and an edit shows on the next', async () => {
    const { product } = await shelfWithPiece()
    const path = bySku(product.sku)
    expect((await anonymously(path)).headers.get('x-response-cache')).toBeNull()
    expect((await untilHit(path)).body.docs[0].name).toBe(product.name)

    const renamed = `${product.name} Reworked`
    await patch(`/api/products/${product.id}`, { name: renamed })
    const next = await anonymously(path)
    expect(next.headers.get('x-response-cache')).toBeNull()
    expect(next.body.docs[0].name).toBe(renamed)
  })

  it('never stores or serves a signed-in answer, by token or by cookie', async () => {
    const { product } = await shelfWithPiece()
    const path = bySku(product.sku)
    const token = await tokenFor('vendor1')
    // The vendor asks first: their priced answer must not be what an anonymous caller gets next.
    expect((await api(path, { token })).body.docs[0].price).toBe(12_345)
    const first = await anonymously(path)
    expect(first.headers.get('x-response-cache')).toBeNull()
    expect(first.body.docs[0].price).toBeUndefined()
    expect((await untilHit(path)).body.docs[0].price).toBeUndefined()
    // Now an anonymous answer is stored: signed-in callers still get their own.
    for (const res of [await api(path, { token }), await withCookie(path)]) {
      expect(res.headers.get('x-response-cache')).toBeNull()
      expect(res.body.docs[0].price).toBe(12_345)
    }
  })

  it('serves a cached page to everyone, and only pages Next caches for everyone', async () => {
    const { product } = await shelfWithPiece()
    await warm(`/products/${product.slug}`)
    const res = await fetch(`${baseURL()}/products/${product.slug}`)
    expect(res.headers.get('x-response-cache')).toBe('HIT')
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain(product.name)
    for (let i = 0; i < 2; i++) {
      const cart = await fetch(`${baseURL()}/cart`)
      expect(cart.headers.get('x-response-cache')).toBeNull()
    }
  })
})
