import { describe, expect, it } from 'vitest'

import { skuLookupSchema } from './orderInput'
import { maxItemsPerOrder } from './orderLines'
import {
  checkOrderLines,
  choiceProblems,
  findBySku,
  lineProblems,
  readOrderCsv,
  reorderLines,
  skusOf,
  skuVariants,
} from './quickOrder'

const solitaire = { id: 1, sku: 'RNG-G18-002', name: 'Solitaire', sizes: ['8', '9', '10'] }
const chain = { id: 2, sku: 'CHN-G22-001', name: 'Rope Chain', sizes: [] }
const found = { products: [solitaire, chain], unpublished: ['NCK-G22-009'] }

const read = (text: string) => {
  const result = readOrderCsv(text)
  if (!result.ok) throw new Error(result.message)
  return result
}

const check = (text: string) => {
  const { lines, problems } = read(text)
  return checkOrderLines(lines, found, problems)
}

describe('lineProblems', () => {
  it('accepts a whole quantity and a size the piece is made in', () => {
    expect(lineProblems({ quantity: '3', size: '9', notes: '' }, solitaire)).toEqual([])
  })

  it.each(['0', '101', '1.5', '-2', 'two'])('refuses the quantity %s', (quantity) => {
    expect(lineProblems({ quantity, size: '9', notes: '' }, solitaire)).toEqual([
      `Quantity “${quantity}” is not a whole number from 1 to 100`,
    ])
  })

  it('asks for a missing quantity', () => {
    expect(lineProblems({ quantity: '', size: '', notes: '' }, chain)).toEqual([
      'No quantity: give a whole number from 1 to 100',
    ])
  })

  it('refuses a size the piece is not made in, and a size on a one-size piece', () => {
    expect(lineProblems({ quantity: '1', size: '24', notes: '' }, solitaire)).toEqual([
      'Solitaire comes in 8, 9, 10, not 24',
    ])
    expect(lineProblems({ quantity: '1', size: '18 in', notes: '' }, chain)).toEqual([
      'Rope Chain is made in one size; leave the size empty',
    ])
  })

  it('gives every reason at once, each with the choice it is about', () => {
    expect(
      choiceProblems({ quantity: '0', size: '', notes: 'x'.repeat(501) }, solitaire).map(
        (problem) => problem.choice,
      ),
    ).toEqual(['quantity', 'size', 'notes'])
  })
})

describe('readOrderCsv', () => {
  it('reads lines with or without a header row, trimming each field', () => {
    const withHeader = read('SKU,Quantity,Size,Notes\r\nRNG-G18-002, 2 ,9,"For Meera, 14 Feb"')
    const without = read('RNG-G18-002, 2 ,9,"For Meera, 14 Feb"')
    const line = { sku: 'RNG-G18-002', quantity: '2', size: '9', notes: 'For Meera, 14 Feb' }
    expect(withHeader.lines).toEqual([{ line: 2, ...line }])
    expect(without.lines).toEqual([{ line: 1, ...line }])
  })

  it('lets size and notes be left out', () => {
    expect(read('CHN-G22-001,1').lines).toEqual([
      { line: 1, sku: 'CHN-G22-001', quantity: '1', size: '', notes: '' },
    ])
  })

  it('names a line with more than four fields', () => {
    expect(read('CHN-G22-001,1,,engrave A, B').problems).toEqual([
      {
        line: 1,
        sku: 'CHN-G22-001',
        problems: [
          '5 fields where sku,quantity,size,notes are 4: put notes that hold a comma in double quotes',
        ],
      },
    ])
  })

  it(`refuses more lines than one order holds, stating the limit`, () => {
    const text = Array.from({ length: maxItemsPerOrder + 1 }, () => 'CHN-G22-001,1').join('\n')
    expect(readOrderCsv(`sku,quantity\n${text}`)).toEqual({
      ok: false,
      message: `One order holds at most ${maxItemsPerOrder} lines and this has ${maxItemsPerOrder + 1}. Split them into orders of ${maxItemsPerOrder} lines or fewer.`,
    })
  })

  it('accepts exactly the limit', () => {
    const text = Array.from({ length: maxItemsPerOrder }, () => 'CHN-G22-001,1').join('\n')
    expect(read(text).lines).toHaveLength(maxItemsPerOrder)
  })

  it('refuses a text with no lines, or only a header', () => {
    expect(readOrderCsv('\r\n\r\n')).toMatchObject({ ok: false, message: /^No lines to order/ })
    expect(readOrderCsv('sku,quantity,size,notes\n')).toMatchObject({ ok: false })
  })

  it('refuses an unclosed quote, naming its line', () => {
    expect(readOrderCsv('CHN-G22-001,1\nRNG-G18-002,1,9,"oops')).toEqual({
      ok: false,
      message: 'Line 2: A quoted field is never closed.',
    })
  })
})

describe('checkOrderLines', () => {
  it('gives the checked lines, with their products, when every line is good', () => {
    expect(check('rng-g18-002,2,9,For Meera\nCHN-G22-001,1')).toEqual({
      ok: true,
      lines: [
        { product: solitaire, quantity: 2, size: '9', notes: 'For Meera' },
        { product: chain, quantity: 1, size: '', notes: '' },
      ],
    })
  })

  it('names each bad line with its number and reason, and gives no lines', () => {
    const text = [
      'sku,quantity,size,notes',
      'RNG-G18-002,2,9,good',
      'XYZ-404,1',
      'NCK-G22-009,1',
      'RNG-G18-002,0,9',
      'RNG-G18-002,1,24',
      ',1',
      'CHN-G22-001,1,,a, b',
    ].join('\r\n')
    expect(check(text)).toEqual({
      ok: false,
      problems: [
        { line: 3, sku: 'XYZ-404', problems: ['Unknown SKU “XYZ-404”'] },
        {
          line: 4,
          sku: 'NCK-G22-009',
          problems: ['NCK-G22-009 is not published, so it cannot be ordered'],
        },
        {
          line: 5,
          sku: 'RNG-G18-002',
          problems: ['Quantity “0” is not a whole number from 1 to 100'],
        },
        { line: 6, sku: 'RNG-G18-002', problems: ['Solitaire comes in 8, 9, 10, not 24'] },
        { line: 7, sku: '', problems: ['No SKU'] },
        {
          line: 8,
          sku: 'CHN-G22-001',
          problems: [expect.stringMatching(/^5 fields/)],
        },
      ],
    })
  })
})

describe('SKU lookup', () => {
  it('asks once for each distinct SKU, as typed and in capitals', () => {
    const skus = skusOf([{ sku: ' rng-1 ' }, { sku: 'rng-1' }, { sku: '' }, { sku: 'CHN-2' }])
    expect(skus).toEqual(['rng-1', 'CHN-2'])
    expect(skuVariants(skus)).toEqual(['rng-1', 'RNG-1', 'CHN-2'])
  })

  it('prefers an exact match to one differing in case', () => {
    const exact = { sku: 'ab-1' }
    expect(findBySku([{ sku: 'AB-1' }, exact], 'ab-1')).toBe(exact)
    expect(findBySku([{ sku: 'AB-1' }], 'ab-1')).toEqual({ sku: 'AB-1' })
  })

  it('takes an order’s worth of SKUs and no more', () => {
    const skus = (n: number) => Array.from({ length: n }, (_, i) => `S-${i}`)
    expect(skuLookupSchema.safeParse({ skus: skus(maxItemsPerOrder) }).success).toBe(true)
    expect(skuLookupSchema.safeParse({ skus: skus(maxItemsPerOrder + 1) }).success).toBe(false)
    expect(skuLookupSchema.safeParse({ skus: [] }).success).toBe(false)
    expect(skuLookupSchema.safeParse({ skus: 'RNG-1' }).success).toBe(false)
  })
})

describe('reorderLines', () => {
  const past = [
    { product: 1, name: 'Solitaire', sku: 'RNG-G18-002', quantity: 2, size: '9', notes: 'A' },
    { product: 7, name: 'Old Jhumka', sku: 'EAR-G22-007', quantity: 1, size: '', notes: '' },
    { product: '2', name: 'Rope Chain', sku: 'CHN-G22-001', quantity: 3, size: '', notes: '' },
  ]

  it('keeps the lines still on offer and names the ones left out', () => {
    expect(reorderLines(past, [solitaire, chain])).toEqual({
      lines: [
        { product: solitaire, quantity: 2, size: '9', notes: 'A' },
        { product: chain, quantity: 3, size: '', notes: '' },
      ],
      leftOut: [{ name: 'Old Jhumka', sku: 'EAR-G22-007' }],
    })
  })
})
