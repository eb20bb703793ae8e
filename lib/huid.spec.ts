import { describe, expect, it } from 'vitest'

import { dispatchHuidsProblem, huidProblem, normalizeHuid, requiresHuid } from './huid'

describe('huid', () => {
  it('normalises what staff type: spaces out, upper case', () => {
    expect(normalizeHuid(' ab 12c9 ')).toBe('AB12C9')
  })

  it('accepts six letters or digits and names what is wrong otherwise', () => {
    expect(huidProblem('ab12c9')).toBeNull()
    expect(huidProblem('')).toBe('Enter the HUID')
    expect(huidProblem('AB12C')).toMatch(/6 letters or digits; AB12C has 5/)
    expect(huidProblem('AB12C9X')).toMatch(/has 7/)
    expect(huidProblem('AB-2C9')).toMatch(/only letters A–Z and digits/)
  })

  it('requires a HUID for gold only', () => {
    expect(requiresHuid('gold')).toBe(true)
    expect(requiresHuid('silver')).toBe(false)
    expect(requiresHuid('platinum')).toBe(false)
    expect(requiresHuid(null)).toBe(false)
  })
})

describe('dispatchHuidsProblem', () => {
  const lines = [
    { id: 'a', quantity: 2, metal: 'gold' },
    { id: 'b', quantity: 1, metal: 'silver' },
  ]

  it('takes one HUID per piece, normalised, and leaves optional lines out', () => {
    const checked = dispatchHuidsProblem(lines, [{ item: 'a', huids: ['ab12c9', 'AB12D0'] }])
    expect(checked.ok && [...checked.byLine]).toEqual([['a', ['AB12C9', 'AB12D0']]])
  })

  it('refuses a gold line without HUIDs', () => {
    expect(dispatchHuidsProblem(lines, [])).toMatchObject({ ok: false, field: 'huids' })
  })

  it('refuses one HUID short of the quantity, naming the line', () => {
    expect(dispatchHuidsProblem(lines, [{ item: 'a', huids: ['AB12C9'] }])).toMatchObject({
      ok: false,
      field: 'huids.0.huids',
    })
  })

  it('refuses a malformed HUID, naming the piece', () => {
    expect(dispatchHuidsProblem(lines, [{ item: 'a', huids: ['AB12C9', 'AB12'] }])).toMatchObject({
      ok: false,
      field: 'huids.0.huids.1',
    })
  })

  it('refuses one HUID on two pieces, across lines too', () => {
    expect(
      dispatchHuidsProblem(lines, [
        { item: 'a', huids: ['AB12C9', 'AB12D0'] },
        { item: 'b', huids: ['ab12c9'] },
      ]),
    ).toMatchObject({ ok: false, field: 'huids.1.huids.0', message: 'AB12C9 is given twice' })
  })

  it('refuses a line that is not in the order, or listed twice', () => {
    expect(dispatchHuidsProblem(lines, [{ item: 'z', huids: ['AB12C9'] }])).toMatchObject({
      field: 'huids.0.item',
    })
    expect(
      dispatchHuidsProblem(lines, [
        { item: 'b', huids: ['AB12C9'] },
        { item: 'b', huids: ['AB12C8'] },
      ]),
    ).toMatchObject({ field: 'huids.1.item' })
  })
})
