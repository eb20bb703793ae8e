import { describe, expect, it } from 'vitest'

import { clientIp, trustedProxyList } from './clientIp'

describe('clientIp', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientIp({ peer: '203.0.113.9', forwardedFor: '1.2.3.4', trustedProxies: [] })).toBe(
      '203.0.113.9',
    )
  })

  it('takes the last hop a trusted proxy added', () => {
    expect(
      clientIp({
        peer: '10.0.0.2',
        forwardedFor: '1.2.3.4, 198.51.100.7',
        trustedProxies: ['10.0.0.2'],
      }),
    ).toBe('198.51.100.7')
  })

  it('walks past a chain of trusted proxies, never further', () => {
    expect(
      clientIp({
        peer: '10.0.0.2',
        forwardedFor: 'forged, 198.51.100.7, 10.0.0.3',
        trustedProxies: ['10.0.0.2', '10.0.0.3'],
      }),
    ).toBe('198.51.100.7')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(
      clientIp({ peer: '198.51.100.7', forwardedFor: '1.2.3.4', trustedProxies: ['10.0.0.2'] }),
    ).toBe('198.51.100.7')
  })

  it('unwraps IPv4-mapped IPv6 peers', () => {
    expect(clientIp({ peer: '::ffff:127.0.0.1', forwardedFor: null, trustedProxies: [] })).toBe(
      '127.0.0.1',
    )
  })

  it('is "unknown" when the server did not say who the peer was', () => {
    expect(clientIp({ peer: null, forwardedFor: '1.2.3.4', trustedProxies: [] })).toBe('unknown')
  })
})

describe('trustedProxyList', () => {
  it('reads a comma list, empty when unset', () => {
    expect(trustedProxyList(' 10.0.0.2, ::ffff:10.0.0.3 ')).toEqual(['10.0.0.2', '10.0.0.3'])
    expect(trustedProxyList(undefined)).toEqual([])
  })
})
