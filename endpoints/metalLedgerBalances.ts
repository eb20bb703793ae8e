import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { readDocumentId } from '@/lib/queryInput'
import { metalLedgerBalances } from '@/operations/metalLedgerBalances'

import { refuse } from './responses'

/**
 * Route: GET /api/metal-ledger/balances[?goldsmith=<id>] — each goldsmith's metal account:
 * issued, returned, written off and held, by purity, in alloy and fine metal. Staff read every
 * goldsmith's; a goldsmith only their own (the collection's read access decides).
 */
export const ledgerBalancesEndpoint: Endpoint = {
  path: '/balances',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!user) return refuse(401, 'Please sign in.')
    if (!isStaffUser(user) && user.collection !== 'goldsmiths')
      return refuse(403, 'Only staff and goldsmiths read the metal ledger')
    const raw = req.searchParams.get('goldsmith')
    const goldsmith = raw === null ? null : readDocumentId(raw, req.payload.db.defaultIDType)
    if (raw !== null && goldsmith === null)
      return refuse(400, 'goldsmith must be a goldsmith id', 'goldsmith')
    return Response.json({ docs: await metalLedgerBalances(req.payload, user, goldsmith) })
  },
}
