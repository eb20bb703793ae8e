/**
 * Holds Node's event loop open until the returned function is called. Loading the Payload config
 * through a TypeScript loader (tsx, or vitest's global setup) on a cold cache can leave the loop
 * empty mid-import, and Node then exits with code 13 ("unsettled top-level await") before printing
 * anything: seen on fresh clones, for `npm run seed` and for the browser tests' setup.
 */
export const keepEventLoopAlive = (): (() => void) => {
  const timer = setInterval(() => {}, 60_000)
  return () => clearInterval(timer)
}
