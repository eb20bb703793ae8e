import { describe, it, expect } from 'vitest'

import {
  isMetal,
  metals,
  purities,
  puritiesByMetal,
  purityProblem,
  rateFieldOf,
  rateFields,
  rateOf,
} from './metal'

describe('metal data', () => {
  it('lists gold, silver and platinum', () => {
    expect(metals).toEqual(['gold', 'silver', 'platinum'])
  })

  it('lists the purities of each metal', () => {
    expect(puritiesByMetal).toEqual({
      gold: ['24K', '22K', '18K', '14K'],
      silver: ['999', '925'],
      platinum: ['950'],
    })
  })

  it('lists every purity once', () => {
    expect(purities).toEqual(['24K', '22K', '18K', '14K', '999', '925', '950'])
  })
})

describe('isMetal', () => {
  it('accepts a known metal', () => {
    expect(isMetal('silver')).toBe(true)
  })

  it('rejects an unknown metal', () => {
    expect(isMetal('Gold')).toBe(false)
  })
})

describe('purityProblem', () => {
  it('accepts 22K gold', () => {
    expect(purityProblem('gold', '22K')).toBeNull()
  })

  it('accepts 925 silver', () => {
    expect(purityProblem('silver', '925')).toBeNull()
  })

  it('accepts 950 platinum', () => {
    expect(purityProblem('platinum', '950')).toBeNull()
  })

  it('rejects a silver purity on gold, listing the gold purities', () => {
    expect(purityProblem('gold', '925')).toBe(
      '925 is not a purity of gold; choose 24K, 22K, 18K or 14K',
    )
  })

  it('rejects a gold purity on silver, listing two choices with "or"', () => {
    expect(purityProblem('silver', '22K')).toBe('22K is not a purity of silver; choose 999 or 925')
  })

  it('rejects a wrong purity on platinum, naming the single choice', () => {
    expect(purityProblem('platinum', '999')).toBe('999 is not a purity of platinum; choose 950')
  })

  it('is case-sensitive about purity codes', () => {
    expect(purityProblem('gold', '22k')).toMatch(/not a purity of gold/)
  })

  it('asks for a purity when it is blank', () => {
    expect(purityProblem('silver', ' ')).toBe('Choose a purity for silver: 999 or 925')
  })

  it('rejects an unknown metal', () => {
    expect(purityProblem('bronze', '925')).toBe(
      "'bronze' is not a supported metal; choose gold, silver or platinum",
    )
  })
})

describe('rate fields', () => {
  it('keeps gold and silver as the 24K and 999 rates, and names one field per purity', () => {
    expect(rateFieldOf('gold', '24K')).toBe('gold')
    expect(rateFieldOf('silver', '999')).toBe('silver')
    expect(rateFieldOf('gold', '22K')).toBe('gold22k')
    expect(rateFieldOf('platinum', '950')).toBe('platinum950')
    expect(rateFieldOf('silver', '22K')).toBeNull()
    expect(rateFields.map((rate) => rate.label)).toEqual([
      'Gold 24K',
      'Gold 22K',
      'Gold 18K',
      'Gold 14K',
      'Silver 999',
      'Silver 925',
      'Platinum 950',
    ])
  })

  it('reads the rate of a metal and purity, null when unset', () => {
    expect(rateOf({ gold: 7450, gold22k: 7000 }, 'gold', '22K')).toBe(7000)
    expect(rateOf({ gold: 7450 }, 'gold', '18K')).toBeNull()
    expect(rateOf({ gold: 7450 }, 'copper', '1')).toBeNull()
  })
})
