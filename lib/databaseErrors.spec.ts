import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './databaseErrors'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5999')],
    [
      'a server shutting down',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['a server starting up', withCode('57P03', 'the database system is starting up')],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['an SQLite lock', withCode('SQLITE_BUSY', 'SQLITE_BUSY: database is locked')],
    [
      'a read-only SQLite file',
      withCode('SQLITE_READONLY', 'attempt to write a readonly database'),
    ],
  ])('says yes to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('finds the cause under an ORM’s wrapper', () => {
    const wrapped = new Error('Failed query: select 1', {
      cause: withCode('ECONNREFUSED', 'connect ECONNREFUSED'),
    })
    expect(isDatabaseUnavailable(wrapped)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601', 'syntax error at or near "x"')],
    ['a refused request', Object.assign(new Error('You are not allowed'), { status: 403 })],
    ['nothing', undefined],
    ['a string', 'SQLITE_BUSY'],
  ])('says no to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('stops on a cause that points back at itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown }
    error.cause = error
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
