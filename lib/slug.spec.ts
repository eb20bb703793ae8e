import { describe, it, expect } from 'vitest'

import { maxSlugLength, slugify, withSuffix } from './slug'

describe('slugify', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(slugify('22K Gold Bridal Necklace!')).toBe('22k-gold-bridal-necklace')
  })

  it('strips diacritics', () => {
    expect(slugify('Crème Brûlée Pendant')).toBe('creme-brulee-pendant')
  })

  it('collapses runs of punctuation and spaces into one dash', () => {
    expect(slugify('Ring -- & -- Band')).toBe('ring-band')
  })

  it('trims leading and trailing dashes', () => {
    expect(slugify('  --Jhumka--  ')).toBe('jhumka')
  })

  it('drops characters with no ASCII form', () => {
    expect(slugify('सोना Gold')).toBe('gold')
  })

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!! ???')).toBe('')
  })

  it('caps the length at 80 characters', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(80)
  })

  it('does not end with a dash after truncation', () => {
    expect(slugify('a'.repeat(79) + ' b')).toBe('a'.repeat(79))
  })
})

describe('withSuffix', () => {
  it('appends the number after a dash', () => {
    expect(withSuffix('gold-ring', 2)).toBe('gold-ring-2')
  })

  it('shortens a long slug so the result stays within the max length', () => {
    const result = withSuffix('a'.repeat(maxSlugLength), 12)
    expect(result).toBe('a'.repeat(maxSlugLength - 3) + '-12')
  })

  it('does not leave a double dash when shortening cuts at a dash', () => {
    expect(withSuffix('a'.repeat(77) + '-bb', 2)).toBe('a'.repeat(77) + '-2')
  })

  it('returns just the number for an empty slug', () => {
    expect(withSuffix('', 3)).toBe('3')
  })

  it('throws a RangeError for zero', () => {
    expect(() => withSuffix('ring', 0)).toThrow(RangeError)
  })

  it('throws a RangeError for a fraction', () => {
    expect(() => withSuffix('ring', 1.5)).toThrow(RangeError)
  })
})
