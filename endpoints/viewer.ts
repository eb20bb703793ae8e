import type { Endpoint } from 'payload'

import { viewerSummary } from '@/lib/viewer'

/**
 * Route: GET /api/viewer — `{ viewer }`, the signed-in person's header summary or null. Storefront
 * pages are the same cached HTML for everyone; the header asks here who is looking. Never cached.
 */
export const viewer: Endpoint = {
  path: '/viewer',
  method: 'get',
  handler: (req) =>
    Response.json(
      { viewer: req.user ? viewerSummary(req.user) : null },
      { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } },
    ),
}
