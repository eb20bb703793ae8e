import { describe, expect, it } from 'vitest'

import { sseComment, sseEvent, sseRetry } from './serverSentEvents'

describe('server-sent events', () => {
  it('writes a named event with its JSON data on one line', () => {
    expect(sseEvent('notifications', { unread: 2, note: 'a\nb' })).toBe(
      'event: notifications\ndata: {"unread":2,"note":"a\\nb"}\n\n',
    )
  })

  it('keeps a comment and an event name on one line, so nothing can forge a field', () => {
    expect(sseComment('ping\ndata: x')).toBe(': ping data: x\n\n')
    expect(sseEvent('a\ndata: 1', null)).toBe('event: adata: 1\ndata: null\n\n')
  })

  it('writes the reconnection delay in whole milliseconds', () => {
    expect(sseRetry(2999.6)).toBe('retry: 3000\n\n')
  })
})
