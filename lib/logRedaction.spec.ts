import { describe, expect, it } from 'vitest'

import { loggedError, redactQueryParams } from './logRedaction'

describe('log redaction', () => {
  const failed =
    'Failed query: insert into "products" ("name", "price") values ($1, $2)\nparams: Ring,61319'

  it('cuts the parameters from a failed statement’s message', () => {
    expect(redactQueryParams(failed)).toBe(
      'Failed query: insert into "products" ("name", "price") values ($1, $2)\nparams: [redacted]',
    )
  })

  it('keeps a message without parameters as it is', () => {
    expect(redactQueryParams('connect ECONNREFUSED 127.0.0.1:5999')).toBe(
      'connect ECONNREFUSED 127.0.0.1:5999',
    )
  })

  it('logs an error and its causes without the parameters, code kept', () => {
    const error = new Error(failed, {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    const logged = JSON.stringify(loggedError(error))
    expect(logged).not.toContain('61319')
    expect(logged).toContain('ECONNREFUSED')
    expect(logged).toContain('"type":"Error"')
  })

  it('passes anything that is not an error through', () => {
    expect(loggedError('text')).toBe('text')
  })
})
