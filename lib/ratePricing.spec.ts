import { describe, expect, it } from 'vitest'

import {
  componentGstRates,
  contractAmounts,
  contractFor,
  explainPiece,
  fixedContract,
  lineBreakdown,
  piecePrice,
  rateTermsProblem,
  type RateTerms,
} from './ratePricing'

const terms = (overrides: Partial<RateTerms>): RateTerms => ({
  netWeight: 0,
  rate: 0,
  wastagePercent: 0,
  makingBasis: 'per_piece',
  makingRate: 0,
  stoneCharges: 0,
  ...overrides,
})

const flat3 = componentGstRates(3)

// Each worked example below was done by hand first; the comments show the working.
describe('piecePrice: worked examples', () => {
  it('1. 4.20 g × ₹6,500 × 1.12 + ₹500 making (flat per piece)', () => {
    // 4.2 × 6500 = 27,300 × 1.12 = 30,576.00; + 500 = 31,076
    expect(
      piecePrice(terms({ netWeight: 4.2, rate: 6500, wastagePercent: 12, makingRate: 500 })),
    ).toEqual({ metalValue: 30_576, making: 500, stones: 0, roundOff: 0, price: 31_076 })
  })

  it('2. making per gram of net weight: 4.2 g at ₹450/g', () => {
    // 30,576.00 + 4.2 × 450 = 1,890.00 → 32,466
    expect(
      piecePrice(
        terms({
          netWeight: 4.2,
          rate: 6500,
          wastagePercent: 12,
          makingBasis: 'per_gram',
          makingRate: 450,
        }),
      ),
    ).toEqual({ metalValue: 30_576, making: 1890, stones: 0, roundOff: 0, price: 32_466 })
  })

  it('3. making as a percentage of the metal value, rounded down to the rupee', () => {
    // 10.5 × 6500 × 1.08 = 73,710.00; 12 % of it = 8,845.20; 82,555.20 → 82,555 (−0.20)
    expect(
      piecePrice(
        terms({
          netWeight: 10.5,
          rate: 6500,
          wastagePercent: 8,
          makingBasis: 'percent_of_metal',
          makingRate: 12,
        }),
      ),
    ).toEqual({ metalValue: 73_710, making: 8845.2, stones: 0, roundOff: -0.2, price: 82_555 })
  })

  it('4. the issue’s 48.6 g 22K kada: at ₹7,000/g it is the ₹3,93,524 the catalogue shows', () => {
    // 48.6 × 7000 = 3,40,200 × 1.12 = 3,81,024; + 12,500 flat = 3,93,524
    expect(
      piecePrice(terms({ netWeight: 48.6, rate: 7000, wastagePercent: 12, makingRate: 12_500 })),
    ).toEqual({ metalValue: 381_024, making: 12_500, stones: 0, roundOff: 0, price: 393_524 })
  })

  it('5. stone charges are added flat per piece; paisa of metal value round the price up', () => {
    // 3.25 × 5320.50 = 17,291.625 × 1.10 = 19,020.7875 (shown 19,020.79); 3.25 × 600 = 1,950;
    // + 8,750 stones = 29,720.7875 → 29,721 (+0.21 on the shown parts)
    expect(
      piecePrice(
        terms({
          netWeight: 3.25,
          rate: 5320.5,
          wastagePercent: 10,
          makingBasis: 'per_gram',
          makingRate: 600,
          stoneCharges: 8750,
        }),
      ),
    ).toEqual({ metalValue: 19_020.79, making: 1950, stones: 8750, roundOff: 0.21, price: 29_721 })
  })

  it('6. silver 925: 25.5 g × ₹92.40 × 1.05 + ₹15/g', () => {
    // 25.5 × 92.40 = 2,356.20 × 1.05 = 2,474.01; 25.5 × 15 = 382.50; 2,856.51 → 2,857
    expect(
      piecePrice(
        terms({
          netWeight: 25.5,
          rate: 92.4,
          wastagePercent: 5,
          makingBasis: 'per_gram',
          makingRate: 15,
        }),
      ),
    ).toEqual({ metalValue: 2474.01, making: 382.5, stones: 0, roundOff: 0.49, price: 2857 })
  })

  it('7. silver 999 with no wastage and flat making', () => {
    // 100 × 98 = 9,800; + 250 = 10,050
    expect(piecePrice(terms({ netWeight: 100, rate: 98, makingRate: 250 }))).toEqual({
      metalValue: 9800,
      making: 250,
      stones: 0,
      roundOff: 0,
      price: 10_050,
    })
  })

  it('8. platinum 950 with making at 20 % of the metal value', () => {
    // 6.8 × 3150 = 21,420 × 1.15 = 24,633; 20 % = 4,926.60; 29,559.60 → 29,560
    expect(
      piecePrice(
        terms({
          netWeight: 6.8,
          rate: 3150,
          wastagePercent: 15,
          makingBasis: 'percent_of_metal',
          makingRate: 20,
        }),
      ),
    ).toEqual({ metalValue: 24_633, making: 4926.6, stones: 0, roundOff: 0.4, price: 29_560 })
  })

  it('9. half a rupee rounds up', () => {
    // 1 × 100.50 = 100.50 → 101
    expect(piecePrice(terms({ netWeight: 1, rate: 100.5 })).price).toBe(101)
  })

  it('10. rounds once, from the exact sum, not from rounded parts', () => {
    // 1.001 × 6543.21 × 1.125 = 7,368.47236125; 1.001 × 333.33 = 333.66333; exact sum
    // 7,702.13569125 → 7,702; the shown parts 7,368.47 + 333.66 leave −0.13
    expect(
      piecePrice(
        terms({
          netWeight: 1.001,
          rate: 6543.21,
          wastagePercent: 12.5,
          makingBasis: 'per_gram',
          makingRate: 333.33,
        }),
      ),
    ).toEqual({ metalValue: 7368.47, making: 333.66, stones: 0, roundOff: -0.13, price: 7702 })
  })

  it('11. does not drift where floats would (0.1 g × ₹0.30 style inputs)', () => {
    // 0.3 × 3.3 = 0.99 exactly (a float gives 0.9899999999999999); + 0.01 flat = 1.00 → 1
    expect(piecePrice(terms({ netWeight: 0.3, rate: 3.3, makingRate: 0.01 }))).toEqual({
      metalValue: 0.99,
      making: 0.01,
      stones: 0,
      roundOff: 0,
      price: 1,
    })
  })

  it('refuses an input finer than its unit instead of guessing', () => {
    expect(() => piecePrice(terms({ netWeight: 1.0001, rate: 100 }))).toThrow(/netWeight/)
    expect(() => piecePrice(terms({ netWeight: 1, rate: 100.001 }))).toThrow(/rate/)
  })
})

describe('GST per component', () => {
  it('12. 3 % of the whole by default: ₹31,076 carries ₹932.28', () => {
    const piece = piecePrice(
      terms({ netWeight: 4.2, rate: 6500, wastagePercent: 12, makingRate: 500 }),
    )
    expect(contractFor('rate_linked', piece, flat3).gst).toBe(932.28)
  })

  it('13. each component at its own rate, the round-off taxed with the metal', () => {
    // example 5 at metal 3 %, making 5 %, stones 1.5 %:
    // (19,020.79 + 0.21) × 3 % = 570.63; 1,950 × 5 % = 97.50; 8,750 × 1.5 % = 131.25 → 799.38
    const piece = piecePrice(
      terms({
        netWeight: 3.25,
        rate: 5320.5,
        wastagePercent: 10,
        makingBasis: 'per_gram',
        makingRate: 600,
        stoneCharges: 8750,
      }),
    )
    const contract = contractFor('rate_linked', piece, { metal: 3, making: 5, stones: 1.5 })
    expect(contract.gst).toBe(799.38)
    // Three pieces as the invoice shows them: the parts add up to the taxable value exactly.
    expect(lineBreakdown(contract, 3)).toEqual({
      metalValue: 57_062.37,
      making: 5850,
      stones: 26_250,
      roundOff: 0.63,
      taxable: 89_163,
      gst: 2398.14,
      total: 91_561.14,
    })
  })

  it('14. an empty component rate takes the whole-order rate', () => {
    expect(componentGstRates(3, { metal: null, making: 5 })).toEqual({
      metal: 3,
      making: 5,
      stones: 3,
    })
  })

  it('15. a fixed line is all metal value, GST at its rate', () => {
    expect(lineBreakdown(fixedContract(23_456, flat3), 2)).toEqual({
      metalValue: 46_912,
      making: 0,
      stones: 0,
      roundOff: 0,
      taxable: 46_912,
      gst: 1407.36,
      total: 48_319.36,
    })
  })

  it('16. a line’s GST is rounded once to the paisa, not piece by piece', () => {
    // ₹1 at 1.25 % is 1.25 paisa a piece; two pieces 2.5 paisa → 3 paisa (1 + 1 piecewise)
    const contract = fixedContract(1, componentGstRates(1.25))
    expect(contract.gst).toBe(0.01)
    expect(lineBreakdown(contract, 2).gst).toBe(0.03)
  })
})

describe('contractAmounts', () => {
  it('17. the order’s GST is the exact sum of its lines rounded once to the rupee', () => {
    // 12,345 at 3 % = 370.35; example 13's three pieces = 2,398.14; 2,768.49 → 2,768
    const stonesPiece = piecePrice(
      terms({
        netWeight: 3.25,
        rate: 5320.5,
        wastagePercent: 10,
        makingBasis: 'per_gram',
        makingRate: 600,
        stoneCharges: 8750,
      }),
    )
    expect(
      contractAmounts([
        { contract: fixedContract(12_345, flat3), quantity: 1 },
        {
          contract: contractFor('rate_linked', stonesPiece, { metal: 3, making: 5, stones: 1.5 }),
          quantity: 3,
        },
      ]),
    ).toEqual({ subtotal: 101_508, gst: 2768, total: 104_276 })
  })

  it('matches the old rule (GST on the subtotal) when every line is fixed at one rate', () => {
    expect(
      contractAmounts([
        { contract: fixedContract(12_345, flat3), quantity: 1 },
        { contract: fixedContract(10, flat3), quantity: 1 },
      ]),
    ).toEqual({ subtotal: 12_355, gst: 371, total: 12_726 }) // 370.65 → 371
  })
})

describe('explainPiece', () => {
  it('says how the price is made, line by line, adding up to it', () => {
    const lines = explainPiece(
      terms({ netWeight: 4.2, rate: 6500, wastagePercent: 12, makingRate: 500 }),
    )
    expect(lines).toEqual([
      { label: 'Metal', working: '4.2 g × ₹6,500.00/g × 1.12 (12 % wastage)', amount: 30_576 },
      { label: 'Making', working: 'per piece', amount: 500 },
      { label: 'Price', working: 'before GST', amount: 31_076 },
    ])
  })

  it('names the basis of making, the stones and the round-off', () => {
    const lines = explainPiece(
      terms({
        netWeight: 10.5,
        rate: 6500,
        wastagePercent: 8,
        makingBasis: 'percent_of_metal',
        makingRate: 12,
        stoneCharges: 1000,
      }),
    )
    expect(lines.map((line) => line.working)).toEqual([
      '10.5 g × ₹6,500.00/g × 1.08 (8 % wastage)',
      '12 % of ₹73,710.00',
      'per piece',
      'to the rupee',
      'before GST',
    ])
    expect(lines.map((line) => line.amount)).toEqual([73_710, 8845.2, 1000, -0.2, 83_555])
  })
})

describe('rateTermsProblem', () => {
  const ok = { netWeight: 4.2, wastage: 12, makingBasis: 'per_gram', makingRate: 450 }

  it('accepts complete terms', () => expect(rateTermsProblem(ok)).toBeNull())

  it('names the field at fault', () => {
    expect(rateTermsProblem({ ...ok, netWeight: 0 })?.field).toBe('netWeight')
    expect(rateTermsProblem({ ...ok, makingBasis: null })?.field).toBe('makingBasis')
    expect(rateTermsProblem({ ...ok, makingRate: 1.005 })?.field).toBe('makingRate')
    expect(
      rateTermsProblem({ ...ok, makingBasis: 'percent_of_metal', makingRate: 120 })?.field,
    ).toBe('makingRate')
    expect(rateTermsProblem({ ...ok, stoneCharges: -1 })?.field).toBe('stoneCharges')
  })
})
