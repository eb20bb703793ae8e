/**
 * A sliding-window limit per key (an IP address), in this process's memory. Enough for one server;
 * several instances would each allow the limit, which is acceptable for a contact form.
 */
export const createRateLimiter = ({ limit, windowMs }: { limit: number; windowMs: number }) => {
  const hits = new Map<string, number[]>()
  return (
    key: string,
    now = Date.now(),
  ): { allowed: true } | { allowed: false; retryAfterSeconds: number } => {
    const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
    if (recent.length >= limit) {
      hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.ceil((recent[0] + windowMs - now) / 1000) }
    }
    recent.push(now)
    hits.set(key, recent)
    // Forget idle keys now and then so the map cannot grow without bound.
    if (hits.size > 10_000)
      for (const [k, v] of hits) if (v.every((t) => now - t >= windowMs)) hits.delete(k)
    return { allowed: true }
  }
}
