import { describe, expect, it } from 'vitest'

import { adminDocHref, adminListHref } from './adminLinks'

describe('adminListHref', () => {
  it('writes the filter as Payload’s list reads it', () => {
    expect(decodeURIComponent(adminListHref('orders', [['status', 'equals', 'accepted']]))).toBe(
      '/admin/collections/orders?where[and][0][status][equals]=accepted',
    )
  })

  it('joins several conditions with and', () => {
    const href = decodeURIComponent(
      adminListHref('orders', [
        ['assignedGoldsmith', 'equals', 4],
        ['status', 'equals', 'under_process'],
      ]),
    )
    expect(href).toBe(
      '/admin/collections/orders?where[and][0][assignedGoldsmith][equals]=4&where[and][1][status][equals]=under_process',
    )
  })

  it('is the plain list without conditions, and escapes ids', () => {
    expect(adminListHref('vendors')).toBe('/admin/collections/vendors')
    expect(adminDocHref('vendors', 'a/b')).toBe('/admin/collections/vendors/a%2Fb')
  })
})
