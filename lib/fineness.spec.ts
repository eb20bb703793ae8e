import { describe, expect, it } from 'vitest'

import { fineMg, fineness, metalOfPurity } from './fineness'
import { purities } from './metal'

describe('fineness', () => {
  it('gives each hallmark purity its BIS fineness', () => {
    expect(purities.map((p) => [p, fineness(p)])).toEqual([
      ['24K', 0.999],
      ['22K', 0.916],
      ['18K', 0.75],
      ['14K', 0.585],
      ['999', 0.999],
      ['925', 0.925],
      ['950', 0.95],
    ])
  })

  it('knows no fineness for an unknown purity', () => {
    expect(fineness('21K')).toBeNull()
  })
})

describe('metalOfPurity', () => {
  it('finds the metal of each purity', () => {
    expect(['22K', '925', '950', '999'].map(metalOfPurity)).toEqual([
      'gold',
      'silver',
      'platinum',
      'silver',
    ])
  })

  it('finds none for an unknown purity', () => {
    expect(metalOfPurity('916')).toBeNull()
  })
})

describe('fineMg', () => {
  it('turns 10 g of 22K into 9.160 g of fine gold', () => {
    expect(fineMg(10_000, '22K')).toBe(9_160)
  })

  it('rounds once, to the milligram: 1.001 g of 18K is 0.751 g fine (750.75 mg)', () => {
    expect(fineMg(1_001, '18K')).toBe(751)
  })

  it('reverses exactly: the fine weight of a negative entry is the negative of the positive', () => {
    expect(fineMg(-1_001, '18K')).toBe(-751)
  })

  it('refuses an unknown purity rather than guess', () => {
    expect(() => fineMg(1_000, '21K')).toThrow(/Unknown purity/)
  })
})
