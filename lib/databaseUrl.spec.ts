import { describe, expect, it } from 'vitest'

import { databaseKind, sqliteSynchronous } from './databaseUrl'

describe('databaseKind', () => {
  it('defaults to SQLite when unset', () => expect(databaseKind(undefined)).toBe('sqlite'))
  it('reads a file: URL as SQLite', () => expect(databaseKind('file:./x.db')).toBe('sqlite'))
  it.each(['postgres://u@h/db', 'postgresql://u@h/db'])('reads %s as PostgreSQL', (url) =>
    expect(databaseKind(url)).toBe('postgres'),
  )
  it.each(['mongodb://h/db', 'mongodb+srv://c.example.net/db'])('reads %s as MongoDB', (url) =>
    expect(databaseKind(url)).toBe('mongodb'),
  )
  it('refuses an unknown scheme without echoing credentials', () => {
    expect(() => databaseKind('mysql://root:secret@h/db')).toThrow(/mysql:…/)
    expect(() => databaseKind('mysql://root:secret@h/db')).not.toThrow(/secret/)
  })
})

describe('sqliteSynchronous', () => {
  it('is FULL (no committed order lost to a power cut) unless NORMAL is asked for, in any case', () => {
    expect(sqliteSynchronous(undefined)).toBe('FULL')
    expect(sqliteSynchronous('')).toBe('FULL')
    expect(sqliteSynchronous('normal')).toBe('NORMAL')
    expect(sqliteSynchronous('FULL')).toBe('FULL')
  })

  it('refuses anything else rather than guess', () => {
    expect(() => sqliteSynchronous('OFF')).toThrow(/SQLITE_SYNCHRONOUS must be FULL or NORMAL/)
  })
})
