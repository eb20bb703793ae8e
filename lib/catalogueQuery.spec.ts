import { describe, expect, it } from 'vitest'

import {
  catalogueHref,
  catalogueViewKey,
  parseCatalogueQuery,
  readCatalogueViewKey,
} from './catalogueQuery'

const key = (search: string, base = '/products') =>
  catalogueViewKey(new URLSearchParams(search), base)

describe('catalogueViewKey', () => {
  it('names the unfiltered catalogue `all`, defaults written out or not', () => {
    expect(key('')).toBe('all')
    expect(key('sort=featured&view=grid&page=1')).toBe('all')
  })

  it('gives every spelling of one view the same key', () => {
    expect(key('sort=name&metal=gold')).toBe(key('metal=gold&sort=name'))
    expect(key('metal=gold&sort=name&utm_source=x&page=abc')).toBe('metal=gold&sort=name')
  })

  it('drops what is not a filter, and the category on a category page (it is in the path)', () => {
    expect(key('metal=tin&purity=99K&minWeight=-3')).toBe('all')
    expect(key('category=rings&metal=silver', '/categories/rings')).toBe('metal=silver')
    expect(key('category=rings&metal=silver')).toBe('category=rings&metal=silver')
  })
})

describe('readCatalogueViewKey', () => {
  it('reads back the view a key names', () => {
    const query = readCatalogueViewKey('metal=gold&purity=22K&sort=weight-desc&page=2', '/products')
    expect(query).toMatchObject({ metal: 'gold', purity: '22K', sort: 'weight-desc', page: 2 })
    expect(readCatalogueViewKey('all', '/products')).toEqual(parseCatalogueQuery({}))
  })

  it('refuses any key that is not the canonical spelling, so each view has one cache entry', () => {
    for (const crafted of ['sort=name&metal=gold', 'sort=featured', '', 'x=1', 'metal=tin'])
      expect(readCatalogueViewKey(crafted, '/products')).toBeNull()
  })

  it('round-trips with the links the catalogue writes', () => {
    const query = parseCatalogueQuery({ metal: 'gold', q: 'kada bangle', view: 'list' })
    const href = catalogueHref(query)
    const search = href.split('?')[1]
    expect(readCatalogueViewKey(key(search), '/products')).toEqual(query)
  })
})
