/**
 * The address a request really came from. `peer` is the TCP peer the server saw (set by server.mjs,
 * which overwrites any header of that name a client sends). `X-Forwarded-For` is believed only as
 * far as trusted proxies wrote it: read from the right, every hop a trusted proxy vouches for is
 * skipped, and the first address no trusted proxy added is the client. With no trusted proxies the
 * header is ignored, so a client cannot pick its own address (and reset its throttle) by sending one.
 */
export const clientIp = ({
  peer,
  forwardedFor,
  trustedProxies,
}: {
  peer: string | null
  forwardedFor: string | null
  trustedProxies: readonly string[]
}): string => {
  if (!peer) return 'unknown'
  let client = normalise(peer)
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => normalise(hop.trim()))
    .filter(Boolean)
  while (trustedProxies.includes(client) && hops.length > 0) client = hops.pop()!
  return client
}

/** `TRUSTED_PROXY`: comma-separated addresses of the reverse proxies in front of the app. */
export const trustedProxyList = (setting: string | undefined): string[] =>
  (setting ?? '')
    .split(',')
    .map((address) => normalise(address.trim()))
    .filter(Boolean)

// Node reports IPv4 peers on a dual-stack socket as ::ffff:1.2.3.4.
const normalise = (address: string) => address.replace(/^::ffff:/i, '')
