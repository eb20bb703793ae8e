import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { isStaffUser } from '@/access/roles'
import {
  describeVariance,
  expectedMetal,
  ledgerWeightProblem,
  metalReceivableStatuses,
  orderMetal,
  receiptCheck,
  toGrams,
  toMg,
  type ReceiptCheck,
} from '@/lib/metalLedger'
import type { Order } from '@/payload-types'

import { expectedLines, movementOf, orderLedger, recordLedgerEntry } from './metalLedger'
import { claimStatus, orderAsChangedBy, orderForChange } from './orderForChange'

export type MetalReceiptRequest = {
  /** Net metal weight of the finished piece(s) weighed back, grams. */
  receivedWeight?: number | null
  /** Scrap and filings returned with it, grams. */
  scrapWeight?: number | null
  /** Staff accept a variance beyond the norm (with the receipt, or afterwards on its own). */
  acknowledgeVariance?: boolean | null
  note?: string | null
}

export type MetalReceiptRefusal =
  | 'not_signed_in'
  | 'not_found'
  | 'forbidden'
  | 'invalid_state'
  | 'invalid_field'
  | 'missing_field'
  | 'changed_meanwhile'

/** The weight check in grams, as the endpoint answers it. */
export type ReceiptCheckGrams = {
  purity: string
  expected: number
  issued: number
  returned: number
  loss: number
  allowed: number
  wastage: number
  variance: number
  overNorm: boolean
  /** Whether the variance is written off (acknowledged); true when there is none. */
  settled: boolean
}

export type MetalReceiptResult =
  | { ok: true; order: Order; check: ReceiptCheckGrams; message: string }
  | { ok: false; refusal: MetalReceiptRefusal; message: string; field?: string }

const refuse = (refusal: MetalReceiptRefusal, message: string, field?: string) =>
  ({ ok: false, refusal, message, ...(field ? { field } : {}) }) as const

const inGrams = (check: ReceiptCheck, purity: string, settled: boolean): ReceiptCheckGrams => ({
  purity,
  expected: toGrams(check.expectedMg),
  issued: toGrams(check.issuedMg),
  returned: toGrams(check.returnedMg),
  loss: toGrams(check.lossMg),
  allowed: toGrams(check.allowedMg),
  wastage: toGrams(check.wastageMg),
  variance: toGrams(check.varianceMg),
  overNorm: check.overNorm,
  settled,
})

const checkOf = (entry: { check?: Record<string, unknown> | null }): ReceiptCheck => {
  const g = (name: string) => toMg(Number(entry.check?.[name] ?? 0))
  return {
    expectedMg: g('expected'),
    issuedMg: g('issued'),
    returnedMg: g('returned'),
    lossMg: g('loss'),
    allowedMg: g('allowed'),
    wastageMg: g('loss') - g('variance'),
    varianceMg: g('variance'),
    overNorm: Boolean(entry.check?.overNorm),
  }
}

// Two staff recording the same receipt at once: the unique key lets one through.
const isDuplicate = (error: unknown) =>
  error instanceof ValidationError && JSON.stringify(error.data ?? {}).includes('uniqueKey')

/**
 * Staff weigh the piece back from the goldsmith: the receipt, scrap and the wastage the norm
 * allows go into the ledger with the order's weight check (lib/metalLedger.ts, receiptCheck); a
 * variance beyond the norm is flagged and written off only when staff acknowledge it (now, or by
 * a later call with `acknowledgeVariance` alone). Runs inside the caller's transaction.
 */
export const recordMetalReceipt = async (
  req: PayloadRequest,
  id: string,
  request: MetalReceiptRequest,
): Promise<MetalReceiptResult> => {
  const reached = await orderForChange(req, id)
  if (!reached.ok) return reached
  const { user, order } = reached
  if (!isStaffUser(user)) return refuse('forbidden', 'Only staff record metal received back')

  const entries = await orderLedger(req, order.id)
  const movements = entries.map(movementOf)
  const state = orderMetal(movements)
  if (!state.issued)
    return refuse(
      'invalid_state',
      'No metal was issued for this order through the ledger; there is nothing to weigh back',
    )
  const weighed = request.receivedWeight != null || request.scrapWeight != null

  if (state.received) {
    if (weighed)
      return refuse(
        'invalid_state',
        'The metal for this issue is already weighed back; send the piece for rework to weigh it again',
      )
    const receipt = [...entries].reverse().find((entry) => entry.kind === 'receipt')!
    if (!request.acknowledgeVariance || state.outstandingMg === 0)
      return refuse(
        'invalid_state',
        state.outstandingMg === 0
          ? 'The metal for this order is reconciled; there is no variance to acknowledge'
          : 'Send acknowledgeVariance: true to accept the variance, or send the piece for rework',
        'acknowledgeVariance',
      )
    if (!(await claimStatus(req, order, order.status)))
      return refuse('changed_meanwhile', 'The order changed meanwhile; reload and try again')
    try {
      await recordLedgerEntry(req, {
        goldsmith: state.holder!,
        order: order.id,
        kind: 'variance',
        purity: state.purity!,
        weightMg: state.outstandingMg,
        uniqueKey: `variance:${receipt.id}`,
        note: request.note,
      })
    } catch (error) {
      if (isDuplicate(error)) return refuse('changed_meanwhile', 'Already acknowledged meanwhile')
      throw error
    }
    return {
      ok: true,
      order: await orderAsChangedBy(req, user, order.id),
      check: { ...inGrams(checkOf(receipt), state.purity!, true) },
      message: `Variance of ${describeVariance(state.outstandingMg, state.purity!)} acknowledged`,
    }
  }

  if (!metalReceivableStatuses.includes(order.status))
    return refuse(
      'invalid_state',
      'Metal is weighed back while the order is being made, held or done, or once it is cancelled',
    )
  if (request.receivedWeight == null)
    return refuse(
      'missing_field',
      'receivedWeight is required: the net metal weight of the piece(s) weighed back',
      'receivedWeight',
    )
  const receivedProblem = ledgerWeightProblem(request.receivedWeight, 'The weight received', {
    allowZero: true,
  })
  if (receivedProblem) return refuse('invalid_field', receivedProblem, 'receivedWeight')
  const scrapProblem = ledgerWeightProblem(request.scrapWeight ?? 0, 'The scrap returned', {
    allowZero: true,
  })
  if (scrapProblem) return refuse('invalid_field', scrapProblem, 'scrapWeight')

  const purity = state.purity!
  const received = {
    receivedMg: toMg(request.receivedWeight),
    scrapMg: toMg(request.scrapWeight ?? 0),
  }
  const expected = expectedMetal(await expectedLines(req, order, purity), purity)
  const check = receiptCheck(movements, received, expected)
  const settled = !check.overNorm || Boolean(request.acknowledgeVariance)

  // Holds the status still: a dispatch or a cancel landing meanwhile refuses this one.
  if (!(await claimStatus(req, order, order.status)))
    return refuse('changed_meanwhile', 'The order changed meanwhile; reload and try again')
  const base = { goldsmith: state.holder!, order: order.id, purity }
  const lastIssue = [...entries].reverse().find((entry) => entry.kind === 'issue')!
  try {
    const receipt = await recordLedgerEntry(req, {
      ...base,
      kind: 'receipt',
      weightMg: received.receivedMg,
      uniqueKey: `receipt:${lastIssue.id}`,
      note: request.note,
      check: {
        expected: toGrams(check.expectedMg),
        issued: toGrams(check.issuedMg),
        returned: toGrams(check.returnedMg),
        loss: toGrams(check.lossMg),
        allowed: toGrams(check.allowedMg),
        variance: toGrams(check.varianceMg),
        overNorm: check.overNorm,
      },
    })
    if (received.scrapMg)
      await recordLedgerEntry(req, { ...base, kind: 'scrap', weightMg: received.scrapMg })
    if (check.wastageMg)
      await recordLedgerEntry(req, { ...base, kind: 'wastage', weightMg: check.wastageMg })
    if (check.overNorm && settled)
      await recordLedgerEntry(req, {
        ...base,
        kind: 'variance',
        weightMg: check.varianceMg,
        uniqueKey: `variance:${receipt.id}`,
        note: request.note,
      })
  } catch (error) {
    if (isDuplicate(error)) return refuse('changed_meanwhile', 'Already weighed back meanwhile')
    throw error
  }
  return {
    ok: true,
    order: await orderAsChangedBy(req, user, order.id),
    check: inGrams(check, purity, settled),
    message: check.overNorm
      ? `Received. The metal returned is ${describeVariance(check.varianceMg, purity)}${settled ? '; variance acknowledged' : ': acknowledge it or send the piece for rework before dispatch'}`
      : `Received within the wastage norm (${toGrams(check.wastageMg).toFixed(3)} g of ${toGrams(check.allowedMg).toFixed(3)} g allowed)`,
  }
}
