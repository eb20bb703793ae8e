const base = 'https://shop.invalid'

/**
 * Where to send someone after signing in: the `next` path only when it stays on this site, else
 * `fallback`. Browsers read `//host` and `/\host` as another site, and strip tabs and newlines
 * before parsing, so anything with a backslash or a control character is refused outright, and the
 * rest must resolve to this origin.
 */
export const sameOriginPath = (next: string | null | undefined, fallback = '/'): string => {
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback
  try {
    const url = new URL(next, base)
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback
  } catch {
    return fallback
  }
}
