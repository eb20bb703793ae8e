/**
 * How a piece of jewellery is priced, the way the trade prices it.
 *
 * A `fixed` piece has the price staff typed. A `rate_linked` piece is priced from the day's rate of
 * its metal and purity:
 *
 *   metal value = net weight × rate × (1 + wastage % ÷ 100)
 *   making      = making rate × net weight (per_gram) | making rate % × metal value
 *                 (percent_of_metal) | making rate (per_piece)
 *   stones      = stone charges (flat, per piece)
 *   price       = metal value + making + stones, rounded once, half up, to the rupee
 *
 * Everything is computed exactly in integers (BigInt) from the inputs' own precision: grams to the
 * milligram, rupees to the paisa, percentages to two decimals. The components are kept to the
 * paisa (half up) for showing and for the invoice; the price is rounded from their exact sum, and
 * the difference (under ₹0.50 a piece) is the piece's `roundOff`.
 *
 * GST is charged per component at its own rate (site settings, each defaulting to the whole-order
 * rate). The round-off belongs to the metal value and is taxed with it, so metal + making + stones
 * + round-off is exactly the taxable value. A line's GST is exact, rounded half up to the paisa for
 * the invoice; the order's GST is the exact sum over its lines rounded half up once, to the rupee.
 * With one rate everywhere this is exactly the storefront's old rule (GST on the subtotal).
 */

export const pricingModes = ['fixed', 'rate_linked'] as const
export type PricingMode = (typeof pricingModes)[number]

export const pricingModeLabels: Record<PricingMode, string> = {
  fixed: 'Fixed price',
  rate_linked: 'Linked to the day’s rate',
}

export const makingBases = ['per_gram', 'percent_of_metal', 'per_piece'] as const
export type MakingBasis = (typeof makingBases)[number]

export const makingBasisLabels: Record<MakingBasis, string> = {
  per_gram: 'Per gram of net weight (₹/g)',
  percent_of_metal: 'Percent of the metal value (%)',
  per_piece: 'Flat per piece (₹)',
}

/** What a rate-linked piece's price is made of, apart from the rate. */
export type RateTerms = {
  /** grams, up to 3 decimals */
  netWeight: number
  /** INR per gram of this metal and purity, up to 2 decimals */
  rate: number
  /** % of net weight, up to 2 decimals */
  wastagePercent: number
  makingBasis: MakingBasis
  /** ₹/g, % or ₹ per piece by `makingBasis`, up to 2 decimals */
  makingRate: number
  /** ₹ per piece, up to 2 decimals */
  stoneCharges: number
}

/** GST percentages per component. */
export type GstRates = { metal: number; making: number; stones: number }

/** One piece's price parts: components in rupees with paisa, `price` in whole rupees. */
export type PiecePrice = {
  metalValue: number
  making: number
  stones: number
  /** price − (metal value + making + stones), at most ±₹0.50 */
  roundOff: number
  price: number
}

/**
 * What an order line freezes (per ONE piece): the terms, the parts, GST and the price. A fixed line
 * has `pricing: 'fixed'`, metal value = its price, making = stones = 0.
 */
export type RateContract = {
  pricing: PricingMode
  metalValue: number
  making: number
  stones: number
  /** GST on one piece, rupees with paisa */
  gst: number
  /** one piece before GST, whole rupees */
  price: number
  gstRates: GstRates
}

/** A line's money as the invoice shows it (quantity pieces). */
export type LineBreakdown = {
  metalValue: number
  making: number
  stones: number
  roundOff: number
  taxable: number
  gst: number
  total: number
}

// Exact amounts are integers in units of 1e-11 paisa: enough for mg × paisa/g × (1 + wastage
// in hundredths of a percent) × making in hundredths of a percent, with nothing lost.
const unitsPerPaisa = 10n ** 11n

/** `value` × 10^decimals as an integer, or null when it has more decimals than that. */
export function scaled(value: number, decimals: number): bigint | null {
  if (!Number.isFinite(value)) return null
  const factor = 10 ** decimals
  const whole = Math.round(value * factor)
  if (Math.abs(value * factor - whole) > 1e-6) return null
  return BigInt(whole)
}

const mustScale = (value: number, decimals: number, name: string): bigint => {
  const result = scaled(value, decimals)
  if (result === null) throw new RangeError(`${name} has more than ${decimals} decimals`)
  return result
}

/** n ÷ d rounded half up (away from zero for halves), for d > 0. */
export function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n
  const a = negative ? -n : n
  const q = (a * 2n + d) / (2n * d)
  return negative ? -q : q
}

const rupees = (paisa: bigint): number => Number(paisa) / 100

/**
 * One rate-linked piece's price from its terms and the rate, exactly, rounded once to the rupee.
 * @throws RangeError when an input has more decimals than its unit allows (checked on entry)
 */
export function piecePrice(terms: RateTerms): PiecePrice {
  const mg = mustScale(terms.netWeight, 3, 'netWeight')
  const ratePaisa = mustScale(terms.rate, 2, 'rate')
  const wastage = mustScale(terms.wastagePercent, 2, 'wastagePercent') // hundredths of a %
  const makingRate = mustScale(terms.makingRate, 2, 'makingRate') // paisa, or hundredths of a %
  const stonesPaisa = mustScale(terms.stoneCharges, 2, 'stoneCharges')

  // mg × paisa/g ÷ 1000 × (10000 + wastage) ÷ 10000 paisa, in units of 1e-11 paisa.
  const metal = mg * ratePaisa * (10_000n + wastage) * 10_000n
  const making =
    terms.makingBasis === 'per_gram'
      ? mg * makingRate * 10n ** 8n
      : terms.makingBasis === 'percent_of_metal'
        ? (metal * makingRate) / 10_000n // exact: metal carries a factor of 10^4
        : makingRate * unitsPerPaisa
  const stones = stonesPaisa * unitsPerPaisa

  const metalPaisa = divRound(metal, unitsPerPaisa)
  const makingPaisa = divRound(making, unitsPerPaisa)
  const price = divRound(metal + making + stones, unitsPerPaisa * 100n)
  return {
    metalValue: rupees(metalPaisa),
    making: rupees(makingPaisa),
    stones: rupees(stonesPaisa),
    roundOff: rupees(price * 100n - metalPaisa - makingPaisa - stonesPaisa),
    price: Number(price),
  }
}

/** The GST rates per component: each set one, else the whole-order rate. */
export const componentGstRates = (
  gstRate: number,
  perComponent?: { metal?: number | null; making?: number | null; stones?: number | null } | null,
): GstRates => ({
  metal: perComponent?.metal ?? gstRate,
  making: perComponent?.making ?? gstRate,
  stones: perComponent?.stones ?? gstRate,
})

type Parts = Pick<RateContract, 'metalValue' | 'making' | 'stones' | 'price' | 'gstRates'>

// A line's GST in units of 1e-4 paisa (paisa × hundredths of a percent), exact.
const exactLineGst = (parts: Parts, quantity: number): bigint => {
  const metal = mustScale(parts.metalValue, 2, 'metalValue')
  const making = mustScale(parts.making, 2, 'making')
  const stones = mustScale(parts.stones, 2, 'stones')
  const roundOff = BigInt(Math.round(parts.price)) * 100n - metal - making - stones
  const rate = (percent: number) => mustScale(percent, 2, 'gstRate')
  return (
    BigInt(quantity) *
    ((metal + roundOff) * rate(parts.gstRates.metal) +
      making * rate(parts.gstRates.making) +
      stones * rate(parts.gstRates.stones))
  )
}

/** The contract one piece freezes: its parts, its GST at these rates, and its price. */
export function contractFor(
  pricing: PricingMode,
  piece: Omit<PiecePrice, 'roundOff'>,
  gstRates: GstRates,
): RateContract {
  const parts = { ...piece, gstRates }
  return {
    pricing,
    metalValue: piece.metalValue,
    making: piece.making,
    stones: piece.stones,
    price: piece.price,
    gst: rupees(divRound(exactLineGst(parts, 1), 10_000n)),
    gstRates,
  }
}

/** A fixed-priced piece as a contract: its whole price is the metal value. */
export const fixedContract = (price: number, gstRates: GstRates): RateContract =>
  contractFor('fixed', { metalValue: price, making: 0, stones: 0, price }, gstRates)

/**
 * A line of `quantity` pieces as the tax invoice shows it: components, round-off, taxable value
 * (= price × quantity, whole rupees), GST and total, each to the paisa.
 */
export function lineBreakdown(contract: Parts, quantity: number): LineBreakdown {
  const q = BigInt(quantity)
  const paisa = (value: number, name: string) => mustScale(value, 2, name) * q
  const metal = paisa(contract.metalValue, 'metalValue')
  const making = paisa(contract.making, 'making')
  const stones = paisa(contract.stones, 'stones')
  const taxable = BigInt(Math.round(contract.price)) * 100n * q
  const gst = divRound(exactLineGst(contract, quantity), 10_000n)
  return {
    metalValue: rupees(metal),
    making: rupees(making),
    stones: rupees(stones),
    roundOff: rupees(taxable - metal - making - stones),
    taxable: rupees(taxable),
    gst: rupees(gst),
    total: rupees(taxable + gst),
  }
}

/** Subtotal, GST and total in whole rupees of some contracted lines (see the rule above). */
export function contractAmounts(lines: { contract: Parts; quantity: number }[]): {
  subtotal: number
  gst: number
  total: number
} {
  const subtotal = lines.reduce(
    (sum, line) => sum + Math.round(line.contract.price) * line.quantity,
    0,
  )
  const exactGst = lines.reduce((sum, line) => sum + exactLineGst(line.contract, line.quantity), 0n)
  const gst = Number(divRound(exactGst, 1_000_000n))
  return { subtotal, gst, total: subtotal + gst }
}

/** Null when a rate-linked product's own terms are usable, else the field at fault and why. */
export function rateTermsProblem(terms: {
  netWeight?: number | null
  wastage?: number | null
  makingBasis?: string | null
  makingRate?: number | null
  stoneCharges?: number | null
}): { field: string; message: string } | null {
  if (terms.netWeight == null || terms.netWeight <= 0)
    return { field: 'netWeight', message: 'A rate-linked piece needs its net weight in grams' }
  if (terms.wastage != null && (terms.wastage < 0 || scaled(terms.wastage, 2) === null))
    return { field: 'wastage', message: 'Wastage is a percentage with at most two decimals' }
  if (!makingBases.includes(terms.makingBasis as MakingBasis))
    return {
      field: 'makingBasis',
      message: `Choose how making is charged: ${makingBases.join(', ')}`,
    }
  const makingRate = terms.makingRate ?? 0
  if (makingRate < 0 || scaled(makingRate, 2) === null)
    return {
      field: 'makingRate',
      message: 'The making rate is an amount with at most two decimals',
    }
  if (terms.makingBasis === 'percent_of_metal' && makingRate > 100)
    return { field: 'makingRate', message: 'Making as a percent of the metal value is at most 100' }
  const stones = terms.stoneCharges ?? 0
  if (stones < 0 || scaled(stones, 2) === null)
    return { field: 'stoneCharges', message: 'Stone charges are rupees with at most two decimals' }
  return null
}

const money = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const plain = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 4 })

/** ₹6,500.00: every amount of an explanation to the paisa, so its lines add up on the page. */
export const inr = (amount: number): string => money.format(amount)

/** One line of a price's explanation: what it is, how it was worked out, and the amount. */
export type ExplainedLine = { label: string; working: string; amount: number }

/**
 * A rate-linked piece's price, line by line, as staff and vendors read it: "4.2 g × ₹6,500.00/g ×
 * 1.12 (12 % wastage)", the making and stones, the round-off, and the price. Made from the same
 * numbers as `piecePrice`, so it always adds up to the price shown.
 */
export function explainPiece(terms: RateTerms): ExplainedLine[] {
  const parts = piecePrice(terms)
  const factor = plain.format(1 + terms.wastagePercent / 100)
  const grams = `${plain.format(terms.netWeight)} g`
  const metalWorking =
    terms.wastagePercent > 0
      ? `${grams} × ${inr(terms.rate)}/g × ${factor} (${plain.format(terms.wastagePercent)} % wastage)`
      : `${grams} × ${inr(terms.rate)}/g`
  const makingWorking = {
    per_gram: `${inr(terms.makingRate)}/g × ${grams}`,
    percent_of_metal: `${plain.format(terms.makingRate)} % of ${inr(parts.metalValue)}`,
    per_piece: 'per piece',
  }[terms.makingBasis]
  const lines: ExplainedLine[] = [
    { label: 'Metal', working: metalWorking, amount: parts.metalValue },
    { label: 'Making', working: makingWorking, amount: parts.making },
  ]
  if (parts.stones) lines.push({ label: 'Stones', working: 'per piece', amount: parts.stones })
  if (parts.roundOff)
    lines.push({ label: 'Round-off', working: 'to the rupee', amount: parts.roundOff })
  lines.push({ label: 'Price', working: 'before GST', amount: parts.price })
  return lines
}

/** A product's own pricing terms, as the catalogue stores them. */
export type ProductTerms = {
  netWeight?: number | null
  wastage?: number | null
  makingBasis?: string | null
  makingRate?: number | null
  stoneCharges?: number | null
}

/**
 * A rate-linked product's terms at `rate`, or null when they cannot price it (no rate set for its
 * purity yet, or terms that `rateTermsProblem` refuses).
 */
export function rateTermsOf(
  product: ProductTerms,
  rate: number | null | undefined,
): RateTerms | null {
  if (rate == null || rate <= 0 || rateTermsProblem(product) || scaled(rate, 2) === null)
    return null
  return {
    netWeight: product.netWeight!,
    rate,
    wastagePercent: product.wastage ?? 0,
    makingBasis: product.makingBasis as MakingBasis,
    makingRate: product.makingRate ?? 0,
    stoneCharges: product.stoneCharges ?? 0,
  }
}

/** An order's rate terms: prices locked at placement, or repriced at dispatch. */
export const rateTermsOptions = ['locked', 'on_delivery'] as const
export type RateTermsOption = (typeof rateTermsOptions)[number]

export const rateTermsLabels: Record<RateTermsOption, string> = {
  locked: 'Locked at order',
  on_delivery: 'Rate on delivery',
}

/** A line's contract with the terms it froze (what `rateContract` on an order line holds). */
export type FrozenContract = RateContract & {
  metal?: string | null
  purity?: string | null
  rate?: number | null
  netWeight?: number | null
  wastagePercent?: number | null
  makingBasis?: MakingBasis | null
  makingRate?: number | null
  stoneCharges?: number | null
}

/** A rate-linked contract repriced at `rate`, keeping every other term; a fixed one as it was. */
export function repriceContract(contract: FrozenContract, rate: number): FrozenContract {
  if (contract.pricing !== 'rate_linked') return contract
  const parts = piecePrice({
    netWeight: contract.netWeight ?? 0,
    rate,
    wastagePercent: contract.wastagePercent ?? 0,
    makingBasis: contract.makingBasis ?? 'per_piece',
    makingRate: contract.makingRate ?? 0,
    stoneCharges: contract.stoneCharges ?? 0,
  })
  return { ...contract, ...contractFor('rate_linked', parts, contract.gstRates), rate }
}

/** A rate that moved between placement and dispatch, for one metal and purity. */
export type RateMove = { label: string; before: number | null; after: number }

/**
 * Why an order's amount moved at dispatch, in the words staff and the vendor read: each rate's
 * move and the difference in the total.
 */
export function repricingReason(moves: RateMove[], difference: number): string {
  const moved = moves.filter((move) => move.before !== move.after)
  if (moved.length === 0)
    return 'Rate on delivery: the rates are those of the order, so the price stands.'
  const rates = moved
    .map(
      (move) =>
        `${move.label} ${move.before == null ? 'unrecorded' : `${inr(move.before)}/g`} at order, ${inr(move.after)}/g at dispatch`,
    )
    .join('; ')
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±'
  return `Rate on delivery: ${rates}. The total moves ${sign}${inr(Math.abs(difference))}.`
}

/** A frozen rate-linked contract's explanation (as `explainPiece`), or null for a fixed line. */
export function explainContract(contract: FrozenContract): ExplainedLine[] | null {
  if (contract.pricing !== 'rate_linked' || contract.rate == null) return null
  return explainPiece({
    netWeight: contract.netWeight ?? 0,
    rate: contract.rate,
    wastagePercent: contract.wastagePercent ?? 0,
    makingBasis: contract.makingBasis ?? 'per_piece',
    makingRate: contract.makingRate ?? 0,
    stoneCharges: contract.stoneCharges ?? 0,
  })
}
