import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { goldsmithWorkload } from '@/operations/goldsmithWorkload'

/** Route: GET /api/goldsmiths/workload — staff only: open and finished orders per active goldsmith. */
export const goldsmithWorkloadEndpoint: Endpoint = {
  path: '/workload',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json(
        { errors: [{ message: 'Only staff can see workloads' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    return Response.json({ docs: await goldsmithWorkload(req) })
  },
}
