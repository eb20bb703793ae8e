import type { Endpoint } from 'payload'

import { checkHealth } from '@/operations/checkHealth'

/**
 * Route: GET /api/health — for load balancers, monitoring and the benchmark: 200 with the
 * database's round trip, migration state, uptime and version (`read-only` when DATABASE_READ_ONLY
 * says so: reads are served); 503 naming the database when it cannot be reached or written.
 * Never cached.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth(req.payload)
    return Response.json(report, {
      status: report.status === 'unavailable' ? 503 : 200,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
