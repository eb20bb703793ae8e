import { headers } from 'next/headers'

/**
 * The site's public origin for absolute links (sitemap, Open Graph, JSON-LD): SERVER_URL when set,
 * else the host this request came to.
 */
export const getSiteUrl = async (): Promise<string> => {
  if (process.env.SERVER_URL) return process.env.SERVER_URL.replace(/\/$/, '')
  const h = await headers()
  const host = h.get('x-forwarded-host') || h.get('host') || 'localhost:3000'
  const proto =
    h.get('x-forwarded-proto') ||
    (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}
