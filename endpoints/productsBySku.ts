import type { Endpoint } from 'payload'

import { isApprovedVendorUser, isStaffUser } from '@/access/roles'
import { skuLookupSchema } from '@/lib/orderInput'
import { productsBySku } from '@/operations/productsBySku'

import { parseBody, refuse } from './responses'

/**
 * Route: POST /api/products/by-sku `{ skus: [...] }` — approved vendors and staff: the published
 * pieces those SKUs name (`docs`, as GET /api/products would give them to this person) and the
 * SKUs that exist but are not published (`unpublished`), for checking a quick order's CSV lines in
 * one request. Anyone else is refused: a SKU list is a trade tool.
 */
export const productsBySkuEndpoint: Endpoint = {
  path: '/by-sku',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user) && !isApprovedVendorUser(req.user))
      return refuse(
        req.user ? 403 : 401,
        req.user
          ? 'Only approved retail partners and staff can look up SKUs'
          : 'Please sign in to look up SKUs',
      )
    const body = await parseBody(req, skuLookupSchema)
    if (!body.ok) return body.refusal
    return Response.json(await productsBySku(req, body.data.skus), {
      headers: { 'Cache-Control': 'private, no-store' },
    })
  },
}
