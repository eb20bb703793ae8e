import { describe, expect, it } from 'vitest'

import { sameOriginPath } from './safeRedirect'

describe('sameOriginPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(sameOriginPath('/account/orders/24112601?tab=notes#top')).toBe(
      '/account/orders/24112601?tab=notes#top',
    )
  })

  it.each([
    ['//evil.example'],
    ['/\\evil.example'],
    ['/\\/evil.example'],
    ['/\t/evil.example'],
    ['https://evil.example/account'],
    ['javascript:alert(1)'],
    ['account'],
    [''],
  ])('refuses %j and falls back', (next) => {
    expect(sameOriginPath(next, '/account')).toBe('/account')
  })

  it('falls back when there is no next', () => {
    expect(sameOriginPath(undefined)).toBe('/')
    expect(sameOriginPath(null, '/cart')).toBe('/cart')
  })
})
