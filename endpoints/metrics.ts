import { timingSafeEqual } from 'crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { metricsSnapshot } from '@/operations/metricsSnapshot'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A signed-in staff member, or a scraper sending `Authorization: Bearer <METRICS_TOKEN>`. */
const mayScrape = (req: PayloadRequest) => {
  if (isStaffUser(req.user)) return true
  const token = process.env.METRICS_TOKEN
  const bearer = req.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  return Boolean(token && bearer && sameSecret(bearer, token))
}

/**
 * Route: GET /api/metrics — Prometheus text format: requests by route and status, latency, 5xx,
 * sign-in failures and throttles, email jobs, orders by status. Anyone else gets a 404, as if
 * there were nothing here.
 */
export const metrics: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    if (!mayScrape(req))
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const { body, type } = await metricsSnapshot(req.payload)
    return new Response(body, { headers: { 'Content-Type': type, 'Cache-Control': 'no-store' } })
  },
}
