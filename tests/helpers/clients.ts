import { randomBytes } from 'crypto'

/**
 * A made-up client address (from 2001:db8::/32, the IPv6 range set aside for documentation). The
 * HTTP test server trusts loopback as a proxy (TRUSTED_PROXY=127.0.0.1), so a request sent with
 * `X-Forwarded-For: <this>` counts as coming from that client: each call gets its own unless a
 * throttle test names one, and no test trips another's sign-in or sign-up limits. 64 random bits:
 * an IPv4 test range (130,000 addresses) let a suite's thousands of sign-ups land, now and then, on
 * the one address a throttle test was counting.
 */
export const testClientAddress = () => {
  const hex = randomBytes(8).toString('hex')
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12, 16)}::1`
}
