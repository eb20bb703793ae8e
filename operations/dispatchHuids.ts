import type { PayloadRequest } from 'payload'

import { dispatchHuidsProblem } from '@/lib/huid'
import type { OrderAction } from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

import type { TransitionRefused, TransitionRequest } from './transitionOrder'

const refuse = (
  refusal: TransitionRefused['refusal'],
  message: string,
  field: string,
): TransitionRefused => ({ ok: false, refusal, message, field })

/**
 * Whether a write failed on a unique index: Payload turns the violation into a ValidationError
 * naming the field; the drivers' own words are matched too, whichever layer answers.
 */
export const isUniqueViolation = (error: unknown) =>
  /unique|duplicate key|E11000/i.test(
    `${String(error)} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

/**
 * A dispatch's hallmark unique IDs (lib/huid.ts): one per piece, required for gold, checked and
 * recorded in `hallmarks`, whose unique index refuses a HUID already on any piece of any order —
 * also when two dispatches race, since the loser's insert fails and its transaction rolls back.
 * Refused with any other move.
 */
export const dispatchHuids = async (
  req: PayloadRequest,
  action: OrderAction,
  request: TransitionRequest,
  order: Order,
): Promise<{ ok: true; facts: Partial<Order> } | TransitionRefused> => {
  const entries = request.huids ?? []
  if (action !== 'dispatch') {
    if (entries.length) return refuse('invalid_field', 'HUIDs are given when dispatching', 'huids')
    return { ok: true, facts: {} }
  }
  const lines = (order.items ?? []).map((item) => ({
    id: String(item.id),
    quantity: item.quantity,
    metal: item.productSnapshot?.metal,
  }))
  const checked = dispatchHuidsProblem(lines, entries)
  if (!checked.ok) return refuse('invalid_field', checked.message, checked.field)

  const fieldOf = new Map<string, string>()
  for (const [index, entry] of entries.entries())
    for (const [piece, huid] of (checked.byLine.get(entry.item) ?? []).entries())
      fieldOf.set(huid, `huids.${index}.huids.${piece}`)
  if (!fieldOf.size) return { ok: true, facts: {} }

  const taken = await req.payload.find({
    collection: 'hallmarks',
    where: { huid: { in: [...fieldOf.keys()] } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const [first] = taken.docs
  if (first)
    return refuse(
      'huid_taken',
      `HUID ${first.huid} is already on a piece of order ${first.orderCode}`,
      fieldOf.get(first.huid)!,
    )

  for (const item of order.items ?? []) {
    for (const [piece, huid] of (checked.byLine.get(String(item.id)) ?? []).entries()) {
      try {
        await req.payload.create({
          collection: 'hallmarks',
          data: {
            huid,
            order: order.id,
            orderCode: order.orderId!,
            item: String(item.id),
            productName: item.productSnapshot?.name,
            metal: item.productSnapshot?.metal,
            purity: item.productSnapshot?.purity,
            piece: piece + 1,
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        return refuse(
          'huid_taken',
          `HUID ${huid} was just given to a piece of another order`,
          fieldOf.get(huid)!,
        )
      }
    }
  }
  return { ok: true, facts: {} }
}
