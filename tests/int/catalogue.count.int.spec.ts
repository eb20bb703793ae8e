import { beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/accounts'
import { api, tokenFor } from '../helpers/http'

// GET /search/count backs the phone's "Show N pieces": the public count of a catalogue view, the
// same number its page shows. A shelf of its own keeps other files' products out of the counts.
let shelf: string

const piece = (
  category: string | number,
  { grossWeight = 10, ...overrides }: object & { grossWeight?: number },
) => ({
  name: `Count Piece ${unique()}`,
  sku: `CNT-${unique()}`,
  category,
  metal: 'gold',
  purity: '22K',
  grossWeight,
  netWeight: grossWeight - 1,
  stoneWeight: 0,
  price: 45_000,
  status: 'published',
  ...overrides,
})

const count = async (query: string, token?: string) => {
  const res = await api(`/search/count?${query}`, { token })
  expect(res.status).toBe(200)
  return (res.body as { totalDocs: number }).totalDocs
}

beforeAll(async () => {
  const token = await tokenFor('staff1')
  const category = await api('/api/categories', {
    token,
    body: { name: `Count Shelf ${unique()}` },
  })
  expect(category.status).toBe(201)
  shelf = category.body.doc.slug
  const id = category.body.doc.id
  for (const overrides of [
    { grossWeight: 4 },
    { grossWeight: 18 },
    { metal: 'silver', purity: '925', grossWeight: 30 },
    { status: 'draft' },
  ]) {
    const res = await api('/api/products', { token, body: piece(id, overrides) })
    expect(res.status).toBe(201)
  }
})

describe('catalogue: the count behind "Show N pieces"', () => {
  it('counts the published pieces of a view, with every filter', async () => {
    expect(await count(`category=${shelf}`)).toBe(3)
    expect(await count(`category=${shelf}&metal=gold`)).toBe(2)
    expect(await count(`category=${shelf}&metal=silver&purity=925`)).toBe(1)
    expect(await count(`category=${shelf}&minWeight=5&maxWeight=25`)).toBe(1)
    expect(await count(`category=${shelf}&q=${encodeURIComponent('Count Piece')}`)).toBe(3)
  })

  it('never counts a draft, whoever asks', async () => {
    expect(await count(`category=${shelf}`, await tokenFor('staff1'))).toBe(3)
    expect(await count(`category=${shelf}`, await tokenFor('vendor1'))).toBe(3)
  })

  it('drops malformed filters as the page does, instead of failing', async () => {
    expect(await count(`category=${shelf}&metal=unobtainium&minWeight=-3&page=x&sort=%00`)).toBe(3)
    expect(await count(`category=${shelf}&purity=925&metal=gold`)).toBe(2)
    expect(await count('category=no-such-shelf')).toBe(0)
  })
})
