import { describe, expect, it } from 'vitest'

import { bangleSizeChart, ringSizeChart, sizeProblem, standardSizesByCategory } from './sizes'

describe('standardSizesByCategory', () => {
  it('offers ring sizes 8 to 24 and bangle sizes up to 2.10', () => {
    expect(standardSizesByCategory.rings[0]).toBe('8')
    expect(standardSizesByCategory.rings.at(-1)).toBe('24')
    expect(standardSizesByCategory.bangles).toEqual(['2.2', '2.4', '2.6', '2.8', '2.10'])
  })
})

describe('sizeProblem', () => {
  const solitaire = ['8', '9', '10', '20']

  it('accepts exactly a size the piece offers', () => {
    expect(sizeProblem('10', solitaire, 'Solitaire')).toBeNull()
  })

  it('refuses a size outside the piece’s own list, naming the list', () => {
    expect(sizeProblem('24', solitaire, 'Solitaire')).toBe(
      'Solitaire comes in 8, 9, 10, 20, not 24',
    )
  })

  it('asks for a size when the piece has sizes', () => {
    expect(sizeProblem('', solitaire, 'Solitaire')).toMatch(/^Choose a size for Solitaire/)
  })

  it('refuses a size for a one-size piece, and accepts none', () => {
    expect(sizeProblem('2.4', [], 'Chain')).toMatch(/one size/)
    expect(sizeProblem(null, [], 'Chain')).toBeNull()
  })
})

describe('size charts', () => {
  it('gives ring size 8 a 48 mm circumference and 15.3 mm diameter', () => {
    expect(ringSizeChart(['8'])).toEqual([{ size: '8', circumferenceMm: 48, diameterMm: 15.3 }])
  })

  it('reads bangle 2.10 as 2 and 10/16 inches (66.7 mm), after 2.8 (63.5 mm)', () => {
    expect(bangleSizeChart(['2.8', '2.10'])).toEqual([
      { size: '2.8', diameterMm: 63.5 },
      { size: '2.10', diameterMm: 66.7 },
    ])
  })
})
