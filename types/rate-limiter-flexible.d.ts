// The package types its store base class on the main entry but exports it only from this path.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import type { RateLimiterStoreAbstract } from 'rate-limiter-flexible'

  const StoreAbstract: typeof RateLimiterStoreAbstract
  export default StoreAbstract
}
