import { describe, expect, it } from 'vitest'

import {
  dispatchMetalProblem,
  expectedMetal,
  goldsmithBalances,
  issuePurityProblem,
  ledgerWeightProblem,
  normPercentFor,
  orderMetal,
  reassignMetalProblem,
  receiptCheck,
  wastageNormProblems,
  type LedgerMovement,
} from './metalLedger'

const issue = (weightMg: number, purity = '22K', goldsmith = 1): LedgerMovement => ({
  kind: 'issue',
  purity,
  weightMg,
  goldsmith,
})
const back = (kind: LedgerMovement['kind'], weightMg: number, purity = '22K'): LedgerMovement => ({
  kind,
  purity,
  weightMg,
  goldsmith: 1,
})

// One ring of 9.500 g net in a category allowing 3 % of 22K: 0.285 g may be lost.
const ring = { expectedMg: 9_500, allowedMg: 285 }

/** The entries a receipt writes, as operations/metalReceipt.ts writes them. */
const entriesOf = (
  check: ReturnType<typeof receiptCheck>,
  received: { receivedMg: number; scrapMg: number },
  acknowledge = false,
) => [
  back('receipt', received.receivedMg),
  ...(received.scrapMg ? [back('scrap', received.scrapMg)] : []),
  ...(check.wastageMg ? [back('wastage', check.wastageMg)] : []),
  ...(acknowledge && check.varianceMg ? [back('variance', check.varianceMg)] : []),
]

describe('receiptCheck', () => {
  it('writes a loss within the norm off as wastage, leaving nothing outstanding', () => {
    const received = { receivedMg: 9_600, scrapMg: 200 }
    const check = receiptCheck([issue(10_000)], received, ring)
    expect(check).toEqual({
      expectedMg: 9_500,
      issuedMg: 10_000,
      returnedMg: 9_800,
      lossMg: 200,
      allowedMg: 285,
      wastageMg: 200,
      varianceMg: 0,
      overNorm: false,
    })
    expect(orderMetal([issue(10_000), ...entriesOf(check, received)]).outstandingMg).toBe(0)
  })

  it('flags a loss beyond the norm and writes off only the norm', () => {
    const check = receiptCheck([issue(10_000)], { receivedMg: 9_300, scrapMg: 100 }, ring)
    expect([check.lossMg, check.wastageMg, check.varianceMg, check.overNorm]).toEqual([
      600,
      285,
      315,
      true,
    ])
  })

  it('flags more metal back than was issued as a (negative) variance', () => {
    const check = receiptCheck([issue(10_000)], { receivedMg: 10_100, scrapMg: 0 }, ring)
    expect([check.lossMg, check.wastageMg, check.varianceMg, check.overNorm]).toEqual([
      -100,
      0,
      -100,
      true,
    ])
  })

  it('accepts a loss of exactly the norm', () => {
    const check = receiptCheck([issue(10_000)], { receivedMg: 9_500, scrapMg: 215 }, ring)
    expect([check.wastageMg, check.varianceMg]).toEqual([285, 0])
  })

  it('after rework, counts what was already written off against the same norm', () => {
    const first = { receivedMg: 9_300, scrapMg: 100 }
    const before = [issue(10_000)]
    const overNorm = receiptCheck(before, first, ring)
    // Sent back: the piece goes out again; it returns with the missing scrap.
    const history = [...before, ...entriesOf(overNorm, first), issue(9_300)]
    const second = receiptCheck(history, { receivedMg: 9_300, scrapMg: 315 }, ring)
    expect([second.lossMg, second.wastageMg, second.varianceMg]).toEqual([0, 0, 0])
  })
})

describe('expectedMetal', () => {
  it('sums net weight × quantity of the issued purity, and each line’s norm, rounded once', () => {
    const lines = [
      { purity: '22K', netWeight: 4.333, quantity: 3, normPercent: 2.5 },
      { purity: '22K', netWeight: 1.001, quantity: 1, normPercent: 3.33 },
      { purity: '18K', netWeight: 50, quantity: 1, normPercent: 10 },
    ]
    // 12.999 g × 2.5 % = 0.324975 g; 1.001 g × 3.33 % = 0.0333333 g; together 0.3583083 g.
    expect(expectedMetal(lines, '22K')).toEqual({ expectedMg: 14_000, allowedMg: 358 })
  })
})

describe('normPercentFor', () => {
  const norms = [
    { purity: '22K', percent: 3 },
    { purity: '18K', percent: 4.5 },
  ]
  it('finds the category’s norm for the purity', () => {
    expect(normPercentFor(norms, '18K')).toBe(4.5)
  })
  it('allows nothing where no norm is set', () => {
    expect(normPercentFor(norms, '925')).toBe(0)
    expect(normPercentFor(undefined, '22K')).toBe(0)
  })
})

describe('wastageNormProblems', () => {
  it('names a purity given twice and a percentage out of range, by row', () => {
    expect(
      wastageNormProblems([
        { purity: '22K', percent: 3 },
        { purity: '22K', percent: 30 },
        { purity: '18K', percent: 1.255 },
      ]),
    ).toEqual([
      { row: 1, field: 'purity', message: '22K has a norm already; keep one' },
      { row: 1, field: 'percent', message: 'A wastage norm is a percentage from 0 to 25' },
      { row: 2, field: 'percent', message: 'A wastage norm has at most 2 decimals' },
    ])
  })
})

describe('ledgerWeightProblem', () => {
  it('accepts a scale’s reading', () => {
    expect(ledgerWeightProblem(9.125, 'Weight')).toBeNull()
  })
  it.each([
    [0, 'Weight must be more than 0 g'],
    [-1, 'Weight cannot be negative'],
    [1.0001, 'Weight can have at most 3 decimal places'],
    [20_000, 'Weight must be at most 10000 g'],
    ['5', 'Weight must be a number of grams'],
  ])('refuses %s', (value, message) => {
    expect(ledgerWeightProblem(value, 'Weight')).toBe(message)
  })
  it('accepts zero where zero is allowed (no scrap)', () => {
    expect(ledgerWeightProblem(0, 'Scrap', { allowZero: true })).toBeNull()
  })
})

describe('dispatchMetalProblem', () => {
  it('holds nothing back for an order whose metal never went through the ledger', () => {
    expect(dispatchMetalProblem([])).toBeNull()
  })

  it('holds an issued order until its piece is weighed back', () => {
    expect(dispatchMetalProblem([issue(10_000)])?.code).toBe('metal_not_received')
  })

  it('holds an order with an unacknowledged variance, and lets it go once acknowledged', () => {
    const received = { receivedMg: 9_300, scrapMg: 100 }
    const check = receiptCheck([issue(10_000)], received, ring)
    const pending = [issue(10_000), ...entriesOf(check, received)]
    expect(dispatchMetalProblem(pending)).toEqual({
      code: 'metal_variance',
      message:
        'The metal returned is 0.315 g of 22K (0.289 g fine) short beyond the wastage norm; acknowledge the variance or send the piece back for rework',
    })
    expect(dispatchMetalProblem([issue(10_000), ...entriesOf(check, received, true)])).toBeNull()
  })

  it('holds a piece sent back for rework until it is weighed back again', () => {
    const received = { receivedMg: 9_600, scrapMg: 200 }
    const check = receiptCheck([issue(10_000)], received, ring)
    expect(
      dispatchMetalProblem([issue(10_000), ...entriesOf(check, received), issue(9_600)])?.code,
    ).toBe('metal_not_received')
  })
})

describe('goldsmithBalances', () => {
  it('gives each purity’s balance in alloy and fine metal, and the fine metal held per metal', () => {
    const entries = [
      issue(10_000, '22K'),
      back('receipt', 9_600),
      back('scrap', 200),
      back('wastage', 200),
      issue(20_000, '18K'),
      issue(5_000, '925'),
      back('receipt', 1_000, '925'),
    ]
    expect(goldsmithBalances(entries)).toEqual({
      purities: [
        {
          metal: 'gold',
          purity: '22K',
          fineness: 0.916,
          issued: 10,
          returned: 9.8,
          writtenOff: 0.2,
          balance: 0,
          fineBalance: 0,
        },
        {
          metal: 'gold',
          purity: '18K',
          fineness: 0.75,
          issued: 20,
          returned: 0,
          writtenOff: 0,
          balance: 20,
          fineBalance: 15,
        },
        {
          metal: 'silver',
          purity: '925',
          fineness: 0.925,
          issued: 5,
          returned: 1,
          writtenOff: 0,
          balance: 4,
          fineBalance: 3.7,
        },
      ],
      fine: { gold: 15, silver: 3.7 },
    })
  })
})

describe('issuePurityProblem', () => {
  it('accepts a purity of the order’s pieces', () => {
    expect(issuePurityProblem([], '22K', ['22K', '22K'])).toBeNull()
  })
  it('refuses a purity none of the pieces is made of', () => {
    expect(issuePurityProblem([], '18K', ['22K'])).toBe(
      "This order's pieces are 22K; issue metal of that purity",
    )
  })
  it('refuses a second purity on one order', () => {
    expect(issuePurityProblem([issue(1_000, '22K')], '18K', ['22K', '18K'])).toMatch(
      /^22K was already issued/,
    )
  })
})

describe('reassignMetalProblem', () => {
  it('lets the order move when nothing is outstanding, or to the goldsmith who holds it', () => {
    expect(reassignMetalProblem([], 2)).toBeNull()
    expect(reassignMetalProblem([issue(1_000)], 1)).toBeNull()
  })
  it('keeps the order with the goldsmith who holds its metal', () => {
    expect(reassignMetalProblem([issue(1_000)], 2)).toMatch(/holds 1.000 g of 22K/)
  })
})
