import type { PayloadRequest } from 'payload'

import { dispatchMetalProblem } from '@/lib/metalLedger'
import type { OrderAction } from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

import { movementOf, orderLedger } from './metalLedger'
import type { TransitionRequest, TransitionResult } from './transitionOrder'

type Refused = Extract<TransitionResult, { ok: false }>

/**
 * Holds a dispatch until the order's metal is reconciled (lib/metalLedger.ts,
 * dispatchMetalProblem): the piece weighed back, any variance beyond the norm acknowledged. An
 * order whose metal never went through the ledger is not held. Rework stays open either way.
 */
export const dispatchMetalCheck = async (
  req: PayloadRequest,
  action: OrderAction,
  _request: TransitionRequest,
  order: Order,
  _now: Date,
): Promise<{ ok: true; facts: Partial<Order> } | Refused> => {
  if (action !== 'dispatch') return { ok: true, facts: {} }
  const entries = await orderLedger(req, order.id)
  const problem = dispatchMetalProblem(entries.map(movementOf))
  if (!problem) return { ok: true, facts: {} }
  return { ok: false, refusal: problem.code, message: problem.message }
}
