import { describe, expect, it } from 'vitest'

import { tunnelTarget } from './errorReportTunnel'

const dsn = 'https://public@o1.ingest.sentry.io/42'

describe('tunnelTarget', () => {
  it('sends an envelope for the configured DSN to its project’s ingest', () => {
    expect(tunnelTarget(dsn, JSON.stringify({ dsn, event_id: 'a' }))).toBe(
      'https://o1.ingest.sentry.io/api/42/envelope/',
    )
  })

  it('keeps a path prefix of a self-hosted Sentry', () => {
    const hosted = 'http://public@127.0.0.1:9000/sentry/7'
    expect(tunnelTarget(hosted, JSON.stringify({ dsn: hosted }))).toBe(
      'http://127.0.0.1:9000/sentry/api/7/envelope/',
    )
  })

  it('relays nothing for another DSN, no DSN or a malformed header', () => {
    expect(tunnelTarget(dsn, JSON.stringify({ dsn: 'https://k@evil.example/1' }))).toBeNull()
    expect(tunnelTarget(dsn, JSON.stringify({ event_id: 'a' }))).toBeNull()
    expect(tunnelTarget(dsn, 'not json')).toBeNull()
  })
})
