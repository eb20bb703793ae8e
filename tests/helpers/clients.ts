import { randomInt } from 'crypto'

/**
 * A made-up client address (from 198.18.0.0/15, the range set aside for tests). The HTTP test
 * server trusts loopback as a proxy (TRUSTED_PROXY=127.0.0.1), so a request sent with
 * `X-Forwarded-For: <this>` counts as coming from that client: each call gets its own unless a
 * throttle test names one, and no test trips another's sign-in or sign-up limits.
 */
export const testClientAddress = () =>
  `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(1, 255)}`
