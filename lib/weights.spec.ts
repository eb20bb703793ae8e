import { describe, it, expect } from 'vitest'

import { weightProblems } from './weights'

describe('weightProblems', () => {
  it('accepts consistent weights', () => {
    expect(weightProblems({ grossWeight: 12.5, netWeight: 10.25, stoneWeight: 2.25 })).toEqual([])
  })

  it('accepts when every weight is missing', () => {
    expect(weightProblems({})).toEqual([])
  })

  it('accepts null weights', () => {
    expect(weightProblems({ grossWeight: null, netWeight: null, stoneWeight: null })).toEqual([])
  })

  it('accepts zero', () => {
    expect(weightProblems({ grossWeight: 0, netWeight: 0, stoneWeight: 0 })).toEqual([])
  })

  it('accepts exactly 3 decimal places despite float rounding', () => {
    expect(weightProblems({ grossWeight: 1.001, netWeight: 0.007 })).toEqual([])
  })

  it('accepts exactly 10000 g', () => {
    expect(weightProblems({ grossWeight: 10000 })).toEqual([])
  })

  it('rejects a negative weight', () => {
    expect(weightProblems({ netWeight: -1 })).toEqual([
      { field: 'netWeight', message: 'Net weight cannot be negative' },
    ])
  })

  it('rejects NaN', () => {
    expect(weightProblems({ grossWeight: Number.NaN })).toEqual([
      { field: 'grossWeight', message: 'Gross weight must be a number of grams' },
    ])
  })

  it('rejects Infinity', () => {
    expect(weightProblems({ stoneWeight: Number.POSITIVE_INFINITY })).toEqual([
      { field: 'stoneWeight', message: 'Stone weight must be a number of grams' },
    ])
  })

  it('rejects more than 10000 g', () => {
    expect(weightProblems({ grossWeight: 10000.001 })).toEqual([
      { field: 'grossWeight', message: 'Gross weight must be at most 10000 g' },
    ])
  })

  it('rejects 4 decimal places', () => {
    expect(weightProblems({ stoneWeight: 0.0005 })).toEqual([
      { field: 'stoneWeight', message: 'Stone weight can have at most 3 decimal places' },
    ])
  })

  it('reports each invalid field separately', () => {
    const fields = weightProblems({ grossWeight: -1, netWeight: 1.23456, stoneWeight: 2 })
    expect(fields.map((p) => p.field)).toEqual(['grossWeight', 'netWeight'])
  })

  it('rejects a net weight above the gross weight', () => {
    expect(weightProblems({ grossWeight: 10, netWeight: 10.5 })).toEqual([
      { field: 'netWeight', message: 'Net weight (10.5 g) cannot exceed gross weight (10 g)' },
    ])
  })

  it('rejects a stone weight above the gross weight', () => {
    expect(weightProblems({ grossWeight: 1, stoneWeight: 1.2 })).toEqual([
      { field: 'stoneWeight', message: 'Stone weight (1.2 g) cannot exceed gross weight (1 g)' },
    ])
  })

  it('rejects net plus stone above the gross weight by more than 1 mg', () => {
    expect(weightProblems({ grossWeight: 10, netWeight: 8, stoneWeight: 2.002 })).toEqual([
      {
        field: 'stoneWeight',
        message: 'Net weight plus stone weight (10.002 g) cannot exceed gross weight (10 g)',
      },
    ])
  })

  it('allows net plus stone to exceed the gross weight by exactly 1 mg', () => {
    expect(weightProblems({ grossWeight: 10, netWeight: 8, stoneWeight: 2.001 })).toEqual([])
  })

  it('does not report float noise when net plus stone equals gross', () => {
    expect(weightProblems({ grossWeight: 3.3, netWeight: 1.1, stoneWeight: 2.2 })).toEqual([])
  })

  it('reports only the part that exceeds gross, not also the sum', () => {
    const problems = weightProblems({ grossWeight: 5, netWeight: 6, stoneWeight: 1 })
    expect(problems.map((p) => p.field)).toEqual(['netWeight'])
  })

  it('skips relational checks when gross weight is missing', () => {
    expect(weightProblems({ netWeight: 50, stoneWeight: 60 })).toEqual([])
  })

  it('skips relational checks against an invalid gross weight', () => {
    const problems = weightProblems({ grossWeight: -5, netWeight: 3 })
    expect(problems.map((p) => p.field)).toEqual(['grossWeight'])
  })

  it('checks net against gross when stone weight is missing', () => {
    const problems = weightProblems({ grossWeight: 2, netWeight: 3, stoneWeight: null })
    expect(problems.map((p) => p.field)).toEqual(['netWeight'])
  })
})
