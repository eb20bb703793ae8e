import { describe, expect, it } from 'vitest'

import { parseCsv } from './csv'

const fieldsOf = (text: string) => {
  const result = parseCsv(text)
  if (!result.ok) throw new Error(result.message)
  return result.records.map((record) => record.fields)
}

const linesOf = (text: string) => {
  const result = parseCsv(text)
  if (!result.ok) throw new Error(result.message)
  return result.records.map((record) => record.line)
}

describe('parseCsv', () => {
  it('splits records at LF, CRLF and a lone CR', () => {
    expect(fieldsOf('a,1\nb,2\r\nc,3\rd,4')).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ])
  })

  it('keeps commas, doubled quotes and line breaks inside a quoted field', () => {
    expect(fieldsOf('RNG-1,2,12,"Engrave ""A, B""\r\nboth sides"')).toEqual([
      ['RNG-1', '2', '12', 'Engrave "A, B"\nboth sides'],
    ])
  })

  it('drops a leading byte-order mark', () => {
    expect(fieldsOf('\uFEFFsku,quantity\nRNG-1,2')).toEqual([
      ['sku', 'quantity'],
      ['RNG-1', '2'],
    ])
  })

  it('skips blank lines, comma-only rows and a trailing newline, keeping line numbers true', () => {
    const text = '\nRNG-1,1\r\n\r\n,,,\nRNG-2,2\n'
    expect(fieldsOf(text)).toEqual([
      ['RNG-1', '1'],
      ['RNG-2', '2'],
    ])
    expect(linesOf(text)).toEqual([2, 5])
  })

  it('numbers a record by the line it starts on, after a quoted line break', () => {
    expect(linesOf('a,"one\ntwo"\nb,3\r\nc,4')).toEqual([1, 3, 4])
  })

  it('keeps empty fields, quoted or not', () => {
    expect(fieldsOf('RNG-1,2,,""')).toEqual([['RNG-1', '2', '', '']])
  })

  it('ignores spaces around a quoted field, and keeps them in an unquoted one', () => {
    expect(fieldsOf('RNG-1, 2 , "12" ,  "note, here"')).toEqual([
      ['RNG-1', ' 2 ', '12', 'note, here'],
    ])
  })

  it('reads a quote inside an unquoted field as a character', () => {
    expect(fieldsOf('CHN-1,1,18",inch mark')).toEqual([['CHN-1', '1', '18"', 'inch mark']])
  })

  it('refuses a quote never closed, naming the line it opened on', () => {
    expect(parseCsv('RNG-1,1\nRNG-2,1,12,"half a note\nmore')).toEqual({
      ok: false,
      line: 2,
      message: 'A quoted field is never closed',
    })
  })

  it('refuses text after a closing quote', () => {
    const result = parseCsv('RNG-1,1,"12"x')
    expect(result).toMatchObject({ ok: false, line: 1 })
  })

  it('reads an empty text as no records', () => {
    expect(fieldsOf('')).toEqual([])
    expect(fieldsOf('\uFEFF\r\n')).toEqual([])
  })
})
