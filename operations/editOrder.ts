import type { PayloadRequest } from 'payload'

import { actorRoleOf } from '@/access/actorOf'
import { isPlacerOf } from '@/access/orderChecks'
import type { FieldProblem, OrderEdit } from '@/lib/orderInput'
import { applyOrderEdit, editableStatus, orderEditNote } from '@/lib/orderEdit'
import { orderStatusLabels } from '@/lib/orderStatus'
import { orderAmounts } from '@/lib/pricing'
import { asGeneratedId } from '@/lib/queryInput'
import { sizeProblem } from '@/lib/sizes'
import type { Order } from '@/payload-types'

import { notify } from './notify'
import { claimStatus, orderAsChangedBy, orderForChange } from './orderForChange'

/** Why an edit was refused, in the domain's words; the endpoint turns each into an HTTP status. */
export type EditRefusal = 'not_signed_in' | 'not_found' | 'forbidden' | 'invalid' | 'invalid_state'

export type EditResult =
  | { ok: true; order: Order; changed: boolean }
  | { ok: false; refusal: EditRefusal; message: string; problems?: FieldProblem[] }

type Refused = Extract<EditResult, { ok: false }>

const refuse = (refusal: EditRefusal, message: string): Refused => ({ ok: false, refusal, message })

/** A 400 naming each field at fault. */
const invalid = (problems: FieldProblem[]): Refused => ({
  ...refuse('invalid', problems[0].message),
  problems,
})

/** Each line's size checked against the sizes its product is made in now, as placement checks. */
const sizeProblems = async (
  req: PayloadRequest,
  items: { product: unknown; size: string | null; name: string; sizeBefore: string | null }[],
): Promise<FieldProblem[]> => {
  const ids = [...new Set(items.map((item) => String(item.product)))]
  const { docs } = await req.payload.find({
    collection: 'products',
    where: { id: { in: ids } },
    select: { sizes: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const sizes = new Map(docs.map((doc) => [String(doc.id), doc.sizes ?? []]))
  return items.flatMap((item, i) => {
    // A size kept as ordered stays valid even if the catalogue has since dropped it.
    if ((item.size ?? '') === (item.sizeBefore ?? '')) return []
    const problem = sizeProblem(item.size, sizes.get(String(item.product)) ?? [], item.name)
    return problem ? [{ path: `items.${i}.size`, message: problem }] : []
  })
}

/**
 * Applies a buyer's change to an order still placed (lib/orderEdit.ts): line quantities, sizes
 * and notes, delivery details, instructions. Only the buyer, and only while `ordered`; the status
 * is claimed first so an acceptance at the same moment either comes after the edit or refuses it.
 * The unit prices and GST rate stay those of placement; the amounts follow the new quantities.
 * The change is written in the history, in words the buyer reads, as a note for the buyer.
 */
export const editOrder = async (
  req: PayloadRequest,
  id: string,
  edit: OrderEdit,
): Promise<EditResult> => {
  const { payload } = req
  const reached = await orderForChange(req, id)
  if (!reached.ok) return reached
  const { user, order } = reached
  if (!isPlacerOf(order, user))
    return refuse('forbidden', 'Only the buyer who placed an order can change it.')
  if (order.status !== editableStatus)
    return refuse(
      'invalid_state',
      `Order ${order.orderId} is ${orderStatusLabels[order.status].toLowerCase()}, so it can no longer be changed here; please contact us.`,
    )

  const items = order.items ?? []
  const snapshot = order.customerSnapshot ?? {}
  const outcome = applyOrderEdit(
    {
      lines: items.map((item) => ({
        name: item.productSnapshot?.name ?? 'This piece',
        quantity: item.quantity,
        size: item.size ?? null,
        notes: item.notes ?? null,
      })),
      delivery: {
        recipientName: snapshot.recipientName ?? null,
        phone: snapshot.phone ?? null,
        address: snapshot.address ?? null,
        pincode: snapshot.pincode ?? null,
      },
      instructions: order.instructions ?? null,
    },
    edit,
  )
  if (!outcome.ok) return invalid(outcome.problems)
  const sizeIssues = await sizeProblems(
    req,
    outcome.after.lines.map((line, i) => ({
      product: typeof items[i].product === 'object' ? items[i].product.id : items[i].product,
      size: line.size,
      name: line.name,
      sizeBefore: items[i].size ?? null,
    })),
  )
  if (sizeIssues.length) return invalid(sizeIssues)
  if (outcome.changes.length === 0) return { ok: true, order, changed: false }

  if (!(await claimStatus(req, order, editableStatus)))
    return refuse(
      'invalid_state',
      `Order ${order.orderId} was accepted meanwhile; reload to see it.`,
    )

  const newItems = items.map((item, i) => {
    const { quantity, size, notes } = outcome.after.lines[i]
    return { ...item, quantity, size, notes }
  })
  const amounts = orderAmounts(newItems, order.gstRate ?? 0)
  const { delivery } = outcome.after
  const now = new Date().toISOString()
  await payload.update({
    collection: 'orders',
    id: order.id,
    data: {
      items: newItems,
      customerSnapshot: { ...snapshot, ...delivery },
      instructions: outcome.after.instructions,
      // Orders placed before GST was recorded keep a total without it.
      ...(order.subtotalAmount == null
        ? { totalAmount: amounts.subtotal }
        : { subtotalAmount: amounts.subtotal, gstAmount: amounts.gst, totalAmount: amounts.total }),
      history: [
        ...(order.history ?? []),
        {
          action: 'edit' as const,
          from: order.status,
          to: order.status,
          at: now,
          actorRole: actorRoleOf(user),
          actor: { relationTo: user.collection, value: asGeneratedId(user.id) },
          note: orderEditNote(outcome.changes),
          noteVisibility: 'buyer' as const,
        },
      ],
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
  // Staff review a changed order before they accept it.
  await notify(req, 'order_edited', { order })
  const updated = await orderAsChangedBy(req, user, order.id)
  return { ok: true, order: updated, changed: true }
}
