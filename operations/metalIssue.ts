import type { PayloadRequest } from 'payload'

import {
  issuePurityProblem,
  ledgerWeightProblem,
  orderMetal,
  reassignMetalProblem,
  toMg,
} from '@/lib/metalLedger'
import type { OrderAction } from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

import { movementOf, orderLedger, recordLedgerEntry } from './metalLedger'
import type { TransitionRequest, TransitionResult } from './transitionOrder'

type Refused = Extract<TransitionResult, { ok: false }>

const refuse = (refusal: Refused['refusal'], message: string, field: string): Refused => ({
  ok: false,
  refusal,
  message,
  field,
})

/**
 * Metal going to the goldsmith with a move: an `assign` may carry `metalIssue: { weight, purity }`
 * (grams of alloy of one of the order's purities), recorded as an issue to the goldsmith assigned;
 * a `rework` of a piece already weighed back hands that piece out again (so its next receipt is
 * checked against it). An assignment to someone else while a goldsmith holds the order's metal is
 * refused. Adds no fact to the order: the ledger is the record. Runs inside the move's transaction,
 * so a move refused later (lost race) takes its entry with it.
 */
export const metalIssueFacts = async (
  req: PayloadRequest,
  action: OrderAction,
  request: TransitionRequest,
  order: Order,
  _now: Date,
): Promise<{ ok: true; facts: Partial<Order> } | Refused> => {
  const { metalIssue } = request
  if (metalIssue && action !== 'assign')
    return refuse('invalid_field', 'Metal is issued only when assigning the order', 'metalIssue')
  if (action !== 'assign' && action !== 'rework') return { ok: true, facts: {} }

  const entries = await orderLedger(req, order.id)
  const movements = entries.map(movementOf)

  if (action === 'rework') {
    const state = orderMetal(movements)
    if (!state.issued || !state.received) return { ok: true, facts: {} }
    const lastIssue = movements.map((m) => m.kind).lastIndexOf('issue')
    const pieceMg = movements
      .slice(lastIssue + 1)
      .filter((m) => m.kind === 'receipt')
      .reduce((sum, m) => sum + m.weightMg, 0)
    await recordLedgerEntry(req, {
      goldsmith: state.holder!,
      order: order.id,
      kind: 'issue',
      purity: state.purity!,
      weightMg: pieceMg,
      note: 'The piece, sent back for rework',
    })
    return { ok: true, facts: {} }
  }

  const goldsmith = request.goldsmith!
  const reassign = reassignMetalProblem(movements, goldsmith)
  if (reassign) return refuse('invalid_state', reassign, 'goldsmith')
  if (!metalIssue) return { ok: true, facts: {} }

  const weightProblem = ledgerWeightProblem(metalIssue.weight, 'The weight issued')
  if (weightProblem) return refuse('invalid_field', weightProblem, 'metalIssue.weight')
  const purityProblem = issuePurityProblem(
    movements,
    metalIssue.purity,
    (order.items ?? []).map((item) => item.productSnapshot?.purity),
  )
  if (purityProblem) return refuse('invalid_field', purityProblem, 'metalIssue.purity')
  await recordLedgerEntry(req, {
    goldsmith,
    order: order.id,
    kind: 'issue',
    purity: metalIssue.purity,
    weightMg: toMg(metalIssue.weight),
  })
  return { ok: true, facts: {} }
}
