import { getSiteUrl } from '@/src/queries/siteUrl'

// A route handler rather than app/robots.ts: Next.js reads that file only at the app root, and the
// storefront lives in a route group beside the admin.
/** Route: GET /robots.txt. The shop is public; the admin, API, cart and accounts are not for crawlers. */
export async function GET() {
  const siteUrl = await getSiteUrl()
  const body = [
    'User-agent: *',
    'Allow: /',
    ...['/admin', '/api/', '/cart', '/account', '/login'].map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
