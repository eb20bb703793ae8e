import { fineMg, finenessPerMille, metalOfPurity } from './fineness'
import { purities, type Metal } from './metal'
import type { OrderStatus } from './orderStatus'

/**
 * When an order's metal may be weighed back: while the piece is being made or held (before the
 * work goes to another karigar), once done, and after a cancellation (its metal comes back too).
 */
export const metalReceivableStatuses: readonly OrderStatus[] = [
  'under_process',
  'on_hold',
  'completed',
  'cancelled',
]

/*
 * The karigar's metal ledger, as pure rules. Weights are whole milligrams here (the API speaks
 * grams with at most three decimals); each entry is one movement of alloy of one purity between
 * the shop and a goldsmith, and nothing is ever edited: a correction is another entry.
 *
 *   issue     metal handed to the goldsmith (at assignment; or the finished piece handed back for
 *             rework)
 *   receipt   the finished piece(s) weighed back, net metal weight
 *   scrap     filings and offcuts returned with it
 *   wastage   the loss written off at receipt, up to the order's norm
 *   variance  what was lost beyond the norm (or gained), written off when staff acknowledge it
 *
 * A goldsmith's balance of a purity is issue − (receipt + scrap + wastage + variance): the metal
 * they hold. An order's outstanding metal is the same sum over its entries: zero once it is
 * reconciled.
 */

export const ledgerEntryKinds = ['issue', 'receipt', 'scrap', 'wastage', 'variance'] as const

export type LedgerEntryKind = (typeof ledgerEntryKinds)[number]

export const ledgerEntryKindLabels: Record<LedgerEntryKind, string> = {
  issue: 'Issued',
  receipt: 'Received (piece)',
  scrap: 'Scrap returned',
  wastage: 'Wastage within norm',
  variance: 'Variance acknowledged',
}

/** One ledger entry as the rules read it; `weightMg` is signed only in a correction's reversal. */
export type LedgerMovement = {
  kind: LedgerEntryKind
  purity: string
  weightMg: number
  goldsmith?: string | number | null
}

/** The heaviest single movement accepted, in grams: a sanity bound on a typing slip. */
export const maxLedgerWeightGrams = 10_000

/** Grams (at most three decimals) as whole milligrams. */
export const toMg = (grams: number): number => Math.round(grams * 1000)

/** Whole milligrams as grams, exactly representable to three decimals. */
export const toGrams = (mg: number): number => mg / 1000

/**
 * Null when `grams` is a weight a scale gives (a finite number of grams, at most three decimals,
 * within bounds; zero only when `allowZero`), else what is wrong with it, naming it `label`.
 */
export const ledgerWeightProblem = (
  grams: unknown,
  label: string,
  { allowZero = false } = {},
): string | null => {
  if (typeof grams !== 'number' || !Number.isFinite(grams))
    return `${label} must be a number of grams`
  if (grams < 0) return `${label} cannot be negative`
  if (grams === 0 && !allowZero) return `${label} must be more than 0 g`
  if (grams > maxLedgerWeightGrams) return `${label} must be at most ${maxLedgerWeightGrams} g`
  if (Math.abs(grams * 1000 - toMg(grams)) > 1e-6)
    return `${label} can have at most 3 decimal places`
  return null
}

/** How an entry moves the goldsmith's holding: an issue adds to it, everything else takes away. */
export const holdingEffectMg = ({ kind, weightMg }: LedgerMovement): number =>
  kind === 'issue' ? weightMg : -weightMg

// --- Wastage norms ---------------------------------------------------------------------------

/** A category's allowed wastage for one purity, as a percentage of the pieces' net weight. */
export type WastageNorm = { purity?: string | null; percent?: number | null }

/** The most a norm may allow; a bigger number is a typing slip (the trade works in single digits). */
export const maxWastageNormPercent = 25

/**
 * The norm for `purity` among a category's norms. None set means none allowed: every loss is a
 * variance staff must acknowledge, rather than a silent default deciding what a karigar may lose.
 */
export const normPercentFor = (norms: readonly WastageNorm[] | null | undefined, purity: string) =>
  norms?.find((n) => n.purity === purity)?.percent ?? 0

/** Problems with a category's norms (a purity twice, a percentage out of range), by row. */
export const wastageNormProblems = (
  norms: readonly WastageNorm[] | null | undefined,
): { row: number; field: 'purity' | 'percent'; message: string }[] => {
  const seen = new Set<string>()
  const problems: { row: number; field: 'purity' | 'percent'; message: string }[] = []
  for (const [row, norm] of (norms ?? []).entries()) {
    const purity = norm.purity ?? ''
    if (seen.has(purity))
      problems.push({ row, field: 'purity', message: `${purity} has a norm already; keep one` })
    seen.add(purity)
    const percent = norm.percent
    if (
      typeof percent !== 'number' ||
      !Number.isFinite(percent) ||
      percent < 0 ||
      percent > maxWastageNormPercent
    )
      problems.push({
        row,
        field: 'percent',
        message: `A wastage norm is a percentage from 0 to ${maxWastageNormPercent}`,
      })
    else if (Math.abs(percent * 100 - Math.round(percent * 100)) > 1e-6)
      problems.push({ row, field: 'percent', message: 'A wastage norm has at most 2 decimals' })
  }
  return problems
}

/** An order line as the check reads it: its purity, its pieces' net weight, its category's norm. */
export type ExpectedLine = {
  purity?: string | null
  netWeight?: number | null
  quantity: number
  normPercent: number
}

/**
 * What the order's pieces of `purity` should weigh (net weight × quantity) and the wastage their
 * norms allow (a percentage of that net weight, per line), in milligrams, rounded once.
 */
export const expectedMetal = (lines: readonly ExpectedLine[], purity: string) => {
  let expectedMg = 0
  // In mg × hundredths of a percent: whole numbers until the one rounding at the end.
  let allowedScaled = 0
  for (const line of lines) {
    if (line.purity !== purity || !line.netWeight) continue
    const lineMg = toMg(line.netWeight) * line.quantity
    expectedMg += lineMg
    allowedScaled += lineMg * Math.round(line.normPercent * 100)
  }
  return { expectedMg, allowedMg: Math.round(allowedScaled / 10_000) }
}

// --- One order's metal -----------------------------------------------------------------------

/** An order's ledger so far, entries in the order they were written. */
export const orderMetal = (entries: readonly LedgerMovement[]) => {
  let lastIssue = -1
  for (const [i, entry] of entries.entries()) if (entry.kind === 'issue') lastIssue = i
  const sum = (kind: LedgerEntryKind) =>
    entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.weightMg, 0)
  const issuedMg = sum('issue')
  const returnedMg = sum('receipt') + sum('scrap')
  const wastageMg = sum('wastage')
  const varianceMg = sum('variance')
  return {
    issued: lastIssue >= 0,
    purity: lastIssue >= 0 ? entries[lastIssue].purity : null,
    /** The goldsmith who holds the order's metal: the one it was last issued to. */
    holder: lastIssue >= 0 ? (entries[lastIssue].goldsmith ?? null) : null,
    /** Whether the piece has been weighed back since the metal (or the piece) last went out. */
    received: entries.slice(lastIssue + 1).some((e) => e.kind === 'receipt'),
    issuedMg,
    returnedMg,
    wastageMg,
    varianceMg,
    outstandingMg: issuedMg - returnedMg - wastageMg - varianceMg,
  }
}

/** The weight check at receipt (all milligrams of alloy of the issued purity). */
export type ReceiptCheck = {
  expectedMg: number
  issuedMg: number
  returnedMg: number
  /** Issued less everything returned or already written off: what went missing on this order. */
  lossMg: number
  allowedMg: number
  /** Written off now, within what the norm still allows. */
  wastageMg: number
  /** Beyond the norm (positive) or more back than issued (negative): for staff to acknowledge. */
  varianceMg: number
  overNorm: boolean
}

/**
 * Checks a receipt against the order: expected (net weight of the pieces) vs issued vs received
 * vs the norm. The loss, up to what the norm allows less what was already written off (a rework's
 * first receipt), is wastage; the rest, either way, is a variance.
 */
export const receiptCheck = (
  before: readonly LedgerMovement[],
  received: { receivedMg: number; scrapMg: number },
  expected: { expectedMg: number; allowedMg: number },
): ReceiptCheck => {
  const so = orderMetal(before)
  const returnedMg = so.returnedMg + received.receivedMg + received.scrapMg
  const lossMg = so.issuedMg - returnedMg - so.wastageMg - so.varianceMg
  const allowedLeft = Math.max(0, expected.allowedMg - so.wastageMg)
  const wastageMg = Math.min(Math.max(lossMg, 0), allowedLeft)
  const varianceMg = lossMg - wastageMg
  return {
    expectedMg: expected.expectedMg,
    issuedMg: so.issuedMg,
    returnedMg,
    lossMg,
    allowedMg: expected.allowedMg,
    wastageMg,
    varianceMg,
    overNorm: varianceMg !== 0,
  }
}

export type DispatchMetalProblem = {
  code: 'metal_not_received' | 'metal_variance'
  message: string
}

/**
 * Why an order may not be dispatched yet, as far as its metal goes; null when it may. An order
 * whose metal never went through the ledger has nothing to reconcile and is never held here
 * (orders assigned without an issue, and every order from before the ledger, dispatch as before).
 * One with an issue needs the piece weighed back since the last issue, and nothing outstanding:
 * a variance acknowledged, or the piece sent back for rework and received again.
 */
export const dispatchMetalProblem = (
  entries: readonly LedgerMovement[],
): DispatchMetalProblem | null => {
  const order = orderMetal(entries)
  if (!order.issued) return null
  if (!order.received)
    return {
      code: 'metal_not_received',
      message:
        'Record the metal received back (POST /api/orders/:id/metal-receipt) before dispatching',
    }
  if (order.outstandingMg !== 0)
    return {
      code: 'metal_variance',
      message: `The metal returned is ${describeVariance(order.outstandingMg, order.purity!)}; acknowledge the variance or send the piece back for rework`,
    }
  return null
}

/** '0.640 g (0.586 g fine) short of the norm' or '… more than was issued', for messages. */
export const describeVariance = (varianceMg: number, purity: string): string => {
  const grams = (mg: number) => `${toGrams(Math.abs(mg)).toFixed(3)} g`
  const fine = grams(fineMg(varianceMg, purity))
  return varianceMg > 0
    ? `${grams(varianceMg)} of ${purity} (${fine} fine) short beyond the wastage norm`
    : `${grams(varianceMg)} of ${purity} (${fine} fine) more than was issued`
}

/**
 * Why `purity` may not be issued for an order, or null: it must be a purity of one of the order's
 * pieces, and one order's metal is one purity (its receipt is weighed against one norm).
 */
export const issuePurityProblem = (
  entries: readonly LedgerMovement[],
  purity: string,
  linePurities: readonly (string | null | undefined)[],
): string | null => {
  if (!metalOfPurity(purity)) return `${purity} is not a purity the ledger knows`
  const pieces = [...new Set(linePurities.filter(Boolean))]
  if (!pieces.includes(purity))
    return pieces.length
      ? `This order's pieces are ${pieces.join(', ')}; issue metal of that purity`
      : 'This order has no piece of a known purity to issue metal for'
  const issued = orderMetal(entries).purity
  if (issued && issued !== purity)
    return `${issued} was already issued for this order; issue ${issued} again, or reconcile it first`
  return null
}

/**
 * Why the order may not go to another goldsmith, or null: while one holds metal issued for it,
 * that metal comes back (a receipt) before the work moves, so each karigar's account stays true.
 */
export const reassignMetalProblem = (
  entries: readonly LedgerMovement[],
  goldsmith: string | number,
): string | null => {
  const order = orderMetal(entries)
  if (!order.issued || order.outstandingMg === 0) return null
  if (String(order.holder) === String(goldsmith)) return null
  return `The current goldsmith holds ${toGrams(order.outstandingMg).toFixed(3)} g of ${order.purity} issued for this order; record its return (POST /api/orders/:id/metal-receipt) before assigning someone else`
}

// --- A goldsmith's ledger ----------------------------------------------------------------------

export type PurityBalance = {
  metal: Metal
  purity: string
  fineness: number
  /** Grams of alloy: issued, returned (pieces and scrap), written off, and still held. */
  issued: number
  returned: number
  writtenOff: number
  balance: number
  /** The balance in grams of fine metal. */
  fineBalance: number
}

/**
 * A goldsmith's balances by purity (only purities they have moved), and their fine metal held per
 * metal: what the shop's metal account with them stands at.
 */
export const goldsmithBalances = (entries: readonly LedgerMovement[]) => {
  const byPurity = new Map<string, { issued: number; returned: number; writtenOff: number }>()
  for (const entry of entries) {
    const row = byPurity.get(entry.purity) ?? { issued: 0, returned: 0, writtenOff: 0 }
    if (entry.kind === 'issue') row.issued += entry.weightMg
    else if (entry.kind === 'receipt' || entry.kind === 'scrap') row.returned += entry.weightMg
    else row.writtenOff += entry.weightMg
    byPurity.set(entry.purity, row)
  }
  const rows: PurityBalance[] = []
  const fine: Partial<Record<Metal, number>> = {}
  for (const purity of purities) {
    const row = byPurity.get(purity)
    const metal = metalOfPurity(purity)
    if (!row || !metal) continue
    const balanceMg = row.issued - row.returned - row.writtenOff
    const fineBalanceMg = fineMg(balanceMg, purity)
    fine[metal] = (fine[metal] ?? 0) + fineBalanceMg
    rows.push({
      metal,
      purity,
      fineness: finenessPerMille[purity] / 1000,
      issued: toGrams(row.issued),
      returned: toGrams(row.returned),
      writtenOff: toGrams(row.writtenOff),
      balance: toGrams(balanceMg),
      fineBalance: toGrams(fineBalanceMg),
    })
  }
  return {
    purities: rows,
    fine: Object.fromEntries(Object.entries(fine).map(([m, mg]) => [m, toGrams(mg)])) as Partial<
      Record<Metal, number>
    >,
  }
}
