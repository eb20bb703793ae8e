import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'

import { markSharedPages } from './response-cache.mjs'

type Marked = ServerResponse & { sharedCacheable?: boolean }

/** What a real response ends up as after Next sets these headers, in order, on it. */
const answer = async (headers: [string, string][]) => {
  let marked: Marked | undefined
  const server = createServer((_req, res: Marked) => {
    markSharedPages(res)
    for (const [name, value] of headers) res.setHeader(name, value)
    marked = res
    res.end('page')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const res = await fetch(`http://127.0.0.1:${port}/`)
  await res.text()
  server.close()
  return {
    shared: marked?.sharedCacheable === true,
    cacheControl: res.headers.get('cache-control'),
  }
}

const mustAsk = 'public, max-age=0, must-revalidate'

describe('markSharedPages: which of Next answers are the same for everyone', () => {
  it('a page Next caches for everyone: kept here, and no proxy keeps it for a year', async () => {
    expect(await answer([['Cache-Control', 's-maxage=31536000']])).toEqual({
      shared: true,
      cacheControl: mustAsk,
    })
  })

  it("a hit from Next's page cache marked only public, as Next does under load", async () => {
    const headers: [string, string][] = [
      ['x-nextjs-cache', 'HIT'],
      ['Cache-Control', mustAsk],
    ]
    expect(await answer(headers)).toEqual({ shared: true, cacheControl: mustAsk })
  })

  it('a per-person page, or a public answer that did not come from the page cache', async () => {
    const personal = 'private, no-cache, no-store, max-age=0, must-revalidate'
    expect(await answer([['Cache-Control', personal]])).toEqual({
      shared: false,
      cacheControl: personal,
    })
    expect((await answer([['Cache-Control', mustAsk]])).shared).toBe(false)
    const stale: [string, string][] = [
      ['x-nextjs-cache', 'STALE'],
      ['Cache-Control', mustAsk],
    ]
    expect((await answer(stale)).shared).toBe(false)
    const thenPrivate: [string, string][] = [
      ['Cache-Control', 's-maxage=31536000'],
      ['Cache-Control', personal],
    ]
    expect(await answer(thenPrivate)).toEqual({ shared: false, cacheControl: personal })
  })
})
