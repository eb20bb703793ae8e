import { describe, expect, it } from 'vitest'

import {
  malformedPath,
  malformedQueryParam,
  unreadableFormPayload,
  malformedValueInWhere,
  readDocumentId,
  readWholeNumber,
} from './queryInput'

describe('readDocumentId', () => {
  it('reads integer ids from text and numbers', () => {
    expect(readDocumentId('42', 'number')).toBe(42)
    expect(readDocumentId(7, 'number')).toBe(7)
  })

  it('refuses what no integer id can be', () => {
    for (const raw of ['0', '-1', '1.5', '1e3', 'abc', '', "1' or 1=1", '9'.repeat(16), null, {}])
      expect(readDocumentId(raw, 'number')).toBeNull()
  })

  it('reads MongoDB ObjectIds and refuses anything else there', () => {
    expect(readDocumentId('65a1f0c2b3d4e5f607182930', 'text')).toBe('65a1f0c2b3d4e5f607182930')
    expect(readDocumentId('42', 'text')).toBeNull()
    expect(readDocumentId({ $ne: null }, 'text')).toBeNull()
  })
})

describe('malformedValueInWhere', () => {
  const holdsIds = (path: string) =>
    ['id', 'category', 'items.product'].includes(path)
      ? ('id' as const)
      : path === 'createdAt'
        ? ('date' as const)
        : path === 'price'
          ? ('number' as const)
          : null

  it('passes well-formed ids, lists of them, null, and paths that hold no ids', () => {
    const where = {
      id: { in: '1,2,3' },
      category: { equals: 4 },
      'items.product': { not_in: [5, '6'] },
      name: { equals: 'abc' },
      and: [{ id: { not_equals: null } }],
    }
    expect(malformedValueInWhere(where, holdsIds, 'number')).toBeNull()
  })

  it('names the first path comparing an id with what no id can be, however deep', () => {
    expect(malformedValueInWhere({ id: { in: 'abc' } }, holdsIds, 'number')).toBe('where[id][in]')
    expect(
      malformedValueInWhere(
        { or: [{ name: { equals: 'x' } }, { category: { equals: '1.5' } }] },
        holdsIds,
        'number',
      ),
    ).toBe('where[category][equals]')
    expect(
      malformedValueInWhere(
        { and: { 0: { 'items.product': { all: ['x'] } } } },
        holdsIds,
        'number',
      ),
    ).toBe('where[items.product][all]')
  })

  it('names a where that is no condition at all', () => {
    expect(malformedValueInWhere('garbage', holdsIds, 'number')).toBe('where')
    expect(malformedValueInWhere({ or: 'x' }, holdsIds, 'number')).toBe('where[or]')
    expect(malformedValueInWhere({ name: null }, holdsIds, 'number')).toBe('where[name]')
  })

  it('names a nested object where a value belongs, on any field', () => {
    expect(malformedValueInWhere({ status: { in: { 0: { 1: 'x' } } } }, holdsIds, 'number')).toBe(
      'where[status][in]',
    )
    expect(malformedValueInWhere({ status: { in: [[undefined, 'x']] } }, holdsIds, 'number')).toBe(
      'where[status][in]',
    )
    expect(malformedValueInWhere({ status: { equals: ['a', { b: 1 }] } }, holdsIds, 'number')).toBe(
      'where[status][equals]',
    )
  })

  it('names a list given to an operator that compares with one value', () => {
    expect(malformedValueInWhere({ slug: { greater_than: ['x'] } }, holdsIds, 'number')).toBe(
      'where[slug][greater_than]',
    )
    expect(malformedValueInWhere({ name: { like: ['a', 'b'] } }, holdsIds, 'number')).toBe(
      'where[name][like]',
    )
    expect(malformedValueInWhere({ status: { in: ['a', 'b'] } }, holdsIds, 'number')).toBeNull()
  })

  it('names like with anything but text, and the location operators no field here answers', () => {
    expect(malformedValueInWhere({ name: { like: 5 } }, holdsIds, 'number')).toBe(
      'where[name][like]',
    )
    expect(malformedValueInWhere({ name: { like: 'ring' } }, holdsIds, 'number')).toBeNull()
    expect(malformedValueInWhere({ price: { near: '1,2' } }, holdsIds, 'number')).toBe(
      'where[price][near]',
    )
  })

  it('ignores operators that take no id', () => {
    expect(malformedValueInWhere({ id: { exists: 'yes' } }, holdsIds, 'number')).toBeNull()
    expect(malformedValueInWhere(undefined, holdsIds, 'number')).toBeNull()
  })
})

describe('malformedValueInWhere on dates and numbers', () => {
  const kindOf = (path: string) =>
    path === 'createdAt' ? 'date' : path === 'price' ? 'number' : null

  it('passes dates and numbers, and names what neither can be', () => {
    expect(
      malformedValueInWhere(
        { createdAt: { greater_than: '2026-11-30' }, price: { less_than: '500' } },
        kindOf,
        'number',
      ),
    ).toBeNull()
    expect(
      malformedValueInWhere({ createdAt: { greater_than: 'not-a-date' } }, kindOf, 'number'),
    ).toBe('where[createdAt][greater_than]')
    expect(malformedValueInWhere({ price: { greater_than: 'abc' } }, kindOf, 'number')).toBe(
      'where[price][greater_than]',
    )
  })
})

describe('malformedQueryParam', () => {
  it('names a whole where or data that is not JSON, and passes JSON and bracket syntax', () => {
    expect(malformedQueryParam(new URLSearchParams('where=garbage'))).toBe('where')
    expect(malformedQueryParam(new URLSearchParams('limit=2&data={'))).toBe('data')
    expect(malformedQueryParam(new URLSearchParams('where={"id":{"equals":1}}'))).toBeNull()
    expect(malformedQueryParam(new URLSearchParams('where[id][equals]=1'))).toBeNull()
  })

  it('names depth, limit or page that are not whole numbers', () => {
    expect(malformedQueryParam(new URLSearchParams('depth=abc'))).toBe('depth')
    expect(malformedQueryParam(new URLSearchParams('limit=-1'))).toBe('limit')
    expect(malformedQueryParam(new URLSearchParams('page=1.5'))).toBe('page')
    expect(malformedQueryParam(new URLSearchParams('depth=2&limit=24&page=3'))).toBeNull()
    expect(malformedQueryParam(new URLSearchParams('limit=1&limit=2'))).toBe('limit')
  })
})

describe('unreadableFormPayload', () => {
  it('refuses a _payload that is not JSON, and passes JSON or no _payload at all', () => {
    expect(unreadableFormPayload('{"action": "complete"}')).toBe(false)
    expect(unreadableFormPayload(null)).toBe(false)
    expect(unreadableFormPayload('{')).toBe(true)
    expect(unreadableFormPayload('')).toBe(true)
  })
})

describe('malformedPath', () => {
  it('refuses a NUL or an undecodable escape, and passes ordinary paths', () => {
    expect(malformedPath('/api/media/file/%00')).toBe(true)
    expect(malformedPath('/api/media/file/%E0%A4')).toBe(true)
    expect(malformedPath('/api/media/file/ring%20one.webp')).toBe(false)
  })
})

describe('readWholeNumber', () => {
  it('takes a whole number in range, the fallback when absent, and refuses anything else', () => {
    expect(readWholeNumber('3', 1, 50)).toBe(3)
    expect(readWholeNumber(null, 10, 50)).toBe(10)
    expect(readWholeNumber('', 10, 50)).toBe(10)
    for (const bad of ['0', '51', '-1', '2.5', 'abc', '1e3', ' 2']) {
      expect(readWholeNumber(bad, 10, 50)).toBeNull()
    }
  })
})
