import { asGeneratedId, type DocumentId } from '@/lib/queryInput'
import type { PayloadRequest } from 'payload'

import { actorOf, actorRoleOf, noteWriterOf } from '@/access/actorOf'
import { PasswordChangeRequired } from '@/access/refusals'
import type { AuditBaseline } from '@/lib/auditDiff'
import type { NoteAudience } from '@/lib/noteAudience'
import { orderActionNotification } from '@/lib/notifications'
import {
  decideTransition,
  historyNote,
  type OrderAction,
  type OrderStatus,
} from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

import { notify } from './notify'

export type TransitionRequest = {
  action: string
  note?: string | null
  noteVisibility?: NoteAudience | null
  goldsmith?: number | string | null
  reason?: string | null
}

/** Why a move was refused, in the domain's words; the endpoint turns each into an HTTP status. */
export type TransitionRefusal =
  | 'not_signed_in'
  | 'not_found'
  | 'unknown_action'
  | 'missing_field'
  | 'forbidden'
  | 'invalid_state'
  | 'invalid_note'
  | 'invalid_goldsmith'
  | 'changed_meanwhile'

export type TransitionResult =
  | { ok: true; order: Order }
  | { ok: false; refusal: TransitionRefusal; message: string; field?: string }

type User = NonNullable<PayloadRequest['user']>

const refuse = (refusal: TransitionRefusal, message: string, field?: string): TransitionResult => ({
  ok: false,
  refusal,
  message,
  ...(field ? { field } : {}),
})

/**
 * The order in full, if `user` may see it: read as the user first (an order they may not see does
 * not exist for them), then with access overridden (history entries carry fields this user may
 * not read, and they must be kept).
 */
export const readOrder = async (req: PayloadRequest, id: string, user: User) => {
  const visible = await req.payload
    .findByID({ collection: 'orders', id, depth: 0, req, user, overrideAccess: false })
    .catch((error: unknown) => {
      if (error instanceof PasswordChangeRequired) throw error
      return null
    })
  if (!visible) return null
  return req.payload.findByID({ collection: 'orders', id, depth: 0, req, overrideAccess: true })
}

/** The goldsmith an `assign` names, if it exists and is active; otherwise why not. */
const goldsmithToAssign = async (req: PayloadRequest, id: DocumentId) => {
  const goldsmith = await req.payload
    .findByID({ collection: 'goldsmiths', id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!goldsmith) return { problem: 'That goldsmith does not exist' }
  if (goldsmith.active === false)
    return { problem: `${goldsmith.name} is disabled; choose an active goldsmith` }
  return { id: goldsmith.id }
}

/** Compare-and-set on the status: of two people acting at once, exactly one moves the order. */
export const claimStatus = async (req: PayloadRequest, order: Order, to: OrderStatus) =>
  req.payload.db.updateOne({
    collection: 'orders',
    where: { and: [{ id: { equals: order.id } }, { status: { equals: order.status } }] },
    data: { status: to },
    options: { atomic: true },
    req,
  })

/**
 * Moves an order one step through the status machine (lib/orderStatus.ts) for the signed-in user:
 * checks the move and its note, claims the status (refusing when it changed under our feet),
 * records who/when/note in the history with the step's timestamp, and notifies whoever the move
 * concerns. Runs inside the caller's transaction (`req`): its effects commit or roll back with it.
 */
export const transitionOrder = async (
  req: PayloadRequest,
  id: string,
  request: TransitionRequest,
): Promise<TransitionResult> => {
  const { payload, user } = req
  if (!user) return refuse('not_signed_in', 'Please sign in.')
  const order = await readOrder(req, id, user)
  if (!order) return refuse('not_found', `Order ${id} not found`)

  const actor = actorOf(user, order)
  const decision = decideTransition({
    status: order.status,
    action: request.action,
    actor,
    reason: request.reason,
    goldsmith: request.goldsmith,
  })
  if (!decision.ok) return refuse(decision.code, decision.message, decision.field)
  const action = request.action as OrderAction
  const note = historyNote(action, request, noteWriterOf(actor))
  if (!note.ok) return refuse('invalid_note', note.message, 'noteVisibility')

  let assignedGoldsmith = order.assignedGoldsmith
  if (action === 'assign') {
    const goldsmith = await goldsmithToAssign(req, request.goldsmith!)
    if ('problem' in goldsmith) return refuse('invalid_goldsmith', goldsmith.problem!, 'goldsmith')
    assignedGoldsmith = goldsmith.id
  }

  if (!(await claimStatus(req, order, decision.to)))
    return refuse(
      'changed_meanwhile',
      'The order changed while you were acting on it; reload and try again',
    )

  const now = new Date().toISOString()
  const saved = await payload.update({
    collection: 'orders',
    id: order.id,
    data: {
      status: decision.to,
      [decision.timestampField]: now,
      assignedGoldsmith,
      history: [
        ...(order.history ?? []),
        {
          action,
          from: order.status,
          to: decision.to,
          at: now,
          actorRole: actorRoleOf(user),
          actor: { relationTo: user.collection, value: asGeneratedId(user.id) },
          note: note.note,
          noteVisibility: note.noteVisibility,
        },
      ],
    },
    depth: 0,
    req,
    overrideAccess: true,
    // The status was already claimed above, outside hooks; the audit diffs from the order before.
    context: {
      transition: action,
      auditBaseline: { target: 'orders', id: order.id, doc: order } satisfies AuditBaseline,
    },
  })
  await notify(req, orderActionNotification[action], {
    order: saved,
    reason: action === 'reject' ? note.note : null,
  })
  const updated = await payload.findByID({
    collection: 'orders',
    id: order.id,
    depth: 0,
    req,
    user,
    overrideAccess: false,
  })
  return { ok: true, order: updated }
}
