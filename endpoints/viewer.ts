import type { Endpoint } from 'payload'

import { viewerSummary } from '@/lib/viewer'

/**
 * Route: GET /api/viewer — `{ viewer, sentryDsn? }`, the signed-in person's header summary or null.
 * Storefront pages are the same cached HTML for everyone; the header asks here who is looking. Never
 * cached. `sentryDsn` (public by design: it only lets a browser send reports) is there when error
 * tracking is configured at run time, so pages load the browser SDK only then.
 */
export const viewer: Endpoint = {
  path: '/viewer',
  method: 'get',
  handler: (req) =>
    Response.json(
      {
        viewer: req.user ? viewerSummary(req.user) : null,
        sentryDsn: process.env.SENTRY_DSN || undefined,
      },
      { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } },
    ),
}
