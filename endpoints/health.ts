import type { Endpoint } from 'payload'

/** Route: GET /api/health — liveness for load balancers, and the benchmark's baseline request. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }),
}
