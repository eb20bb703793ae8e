import { describe, expect, it } from 'vitest'

import { requestIdFor, routeLabel } from './observability.mjs'

describe('routeLabel', () => {
  it.each([
    ['/', '/'],
    ['/api/orders', '/api/orders'],
    ['/api/orders?where[status][equals]=ordered', '/api/orders'],
    ['/api/orders/42/transition', '/api/orders/:param/transition'],
    ['/api/orders/6650f1c2a9e4b3d2c1f0e9d8/transition', '/api/orders/:param/transition'],
    ['/products/gold-ring-22k', '/products/:param'],
    ['/categories/rings/grid', '/categories/:param/:param'],
    ['/_next/static/chunks/abc123.js', '/_next'],
    ['/favicon.ico', '/:file'],
    ['/robots.txt', '/robots.txt'],
    ['/api/users/login', '/api/users/login'],
    ['/wp-admin/setup-config.php', '/:param/:param'],
  ])('labels %s as %s', (url, label) => {
    expect(routeLabel(url)).toBe(label)
  })

  it('keeps the label set bounded for made-up and deep paths', () => {
    const labels = new Set(
      Array.from({ length: 500 }, (_, i) => routeLabel(`/x${i}/y${i}/z/${i}/a/b/c/d/${i}`)),
    )
    expect([...labels]).toEqual(['/:param/:param/:param/:param/:param/…'])
  })
})

describe('requestIdFor', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

  it('takes a well-formed id from a trusted proxy', () => {
    expect(requestIdFor('nginx-4f2a9c1e77', '::ffff:10.0.0.5', '10.0.0.5')).toBe('nginx-4f2a9c1e77')
  })

  it('makes its own id when the peer is not a trusted proxy', () => {
    expect(requestIdFor('planted-id-123', '203.0.113.9', '10.0.0.5')).toMatch(uuid)
  })

  it('makes its own id when a trusted proxy sends a malformed one', () => {
    expect(requestIdFor('bad id\nwith a newline', '10.0.0.5', '10.0.0.5')).toMatch(uuid)
    expect(requestIdFor('x'.repeat(200), '10.0.0.5', '10.0.0.5')).toMatch(uuid)
  })

  it('makes a new id for every request without one', () => {
    expect(requestIdFor(undefined, '127.0.0.1', '')).not.toBe(
      requestIdFor(undefined, '127.0.0.1', ''),
    )
  })
})
