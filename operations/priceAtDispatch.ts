import type { PayloadRequest } from 'payload'

import { metalLabels, isMetal, rateOf } from '@/lib/metal'
import type { OrderAction } from '@/lib/orderStatus'
import {
  contractAmounts,
  repriceContract,
  repricingReason,
  type FrozenContract,
  type RateMove,
} from '@/lib/ratePricing'
import type { Order } from '@/payload-types'

import { ratesOf } from './rates'
import type { TransitionRefusal, TransitionRequest } from './transitionOrder'

type Refused = { ok: false; refusal: TransitionRefusal; message: string; field?: string }
type PricingFacts = Partial<
  Pick<Order, 'rateTerms' | 'items' | 'subtotalAmount' | 'gstAmount' | 'totalAmount' | 'repricing'>
>

const refuse = (message: string): Refused => ({
  ok: false,
  refusal: 'invalid_field',
  message,
  field: 'rateTerms',
})

const contractOf = (item: NonNullable<Order['items']>[number]): FrozenContract | null =>
  item.rateContract?.pricing && item.rateContract.price != null
    ? (item.rateContract as FrozenContract)
    : null

/**
 * The order's rate terms, and what they mean at dispatch. Accepting a vendor's order may set
 * `rateTerms` (`locked`, the default, or `on_delivery`); any other move refuses the field.
 * Dispatching an `on_delivery` order reprices its rate-linked lines from the current rates
 * (lib/ratePricing.ts, `repriceContract`) and records the difference and its reason in
 * `repricing`; a locked order's prices never move.
 */
export const priceAtDispatch = async (
  req: PayloadRequest,
  action: OrderAction,
  request: TransitionRequest,
  order: Order,
  now: Date,
): Promise<{ ok: true; facts: PricingFacts } | Refused> => {
  const { rateTerms } = request
  if (action === 'accept') {
    if (!rateTerms) return { ok: true, facts: {} }
    if (rateTerms === 'on_delivery' && order.placedBy?.relationTo !== 'vendors')
      return refuse('Rates on delivery are offered on vendors’ orders only')
    return { ok: true, facts: { rateTerms } }
  }
  if (rateTerms) return refuse('Rate terms are chosen when accepting an order')
  if (action !== 'dispatch' || order.rateTerms !== 'on_delivery') return { ok: true, facts: {} }

  const items = order.items ?? []
  // Orders placed before rate contracts existed have nothing to reprice.
  if (!items.every(contractOf)) return { ok: true, facts: {} }
  const rates = await ratesOf(req)
  const moves = new Map<string, RateMove>()
  const lines: NonNullable<Order['repricing']>['lines'] = []
  const repriced = items.map((item) => {
    const contract = contractOf(item)!
    const rate =
      contract.pricing === 'rate_linked'
        ? rateOf(rates, contract.metal ?? '', contract.purity ?? '')
        : null
    // A rate since cleared leaves the line at its order price rather than guessing one.
    if (rate == null) return item
    const after = repriceContract(contract, rate)
    const metal = contract.metal ?? ''
    const label = `${isMetal(metal) ? metalLabels[metal] : metal} ${contract.purity ?? ''}`.trim()
    moves.set(label, { label, before: contract.rate ?? null, after: rate })
    lines.push({
      line: item.id ?? null,
      name: item.productSnapshot?.name ?? null,
      rateBefore: contract.rate ?? null,
      rateAfter: rate,
      priceBefore: contract.price,
      priceAfter: after.price,
    })
    return {
      ...item,
      rateContract: after,
      priceAtOrder: after.price,
      makingChargesAtOrder: after.making,
      metalRateAtOrder: rate,
    }
  })
  const amounts = contractAmounts(
    repriced.map((item) => ({ contract: contractOf(item)!, quantity: item.quantity })),
  )
  const previousTotal = order.totalAmount ?? 0
  const difference = amounts.total - previousTotal
  return {
    ok: true,
    facts: {
      items: repriced,
      subtotalAmount: amounts.subtotal,
      gstAmount: amounts.gst,
      totalAmount: amounts.total,
      repricing: {
        at: now.toISOString(),
        reason: repricingReason([...moves.values()], difference),
        previousSubtotal: order.subtotalAmount ?? null,
        previousGst: order.gstAmount ?? null,
        previousTotal,
        difference,
        lines,
      },
    },
  }
}
