import type { PayloadRequest } from 'payload'

import type { AuditBaseline } from '@/hooks/recordAudit'
import { PasswordChangeRequired } from '@/hooks/refuseUntilPasswordChanged'
import type { Order } from '@/payload-types'
import type { NoteAudience } from '@/lib/noteAudience'
import { noteAudienceProblem } from '@/lib/noteAudience'
import { orderActionNotification } from '@/lib/notifications'
import { decideTransition, type OrderAction } from '@/lib/orderStatus'

import { actorOf, actorRoleOf, noteWriterOf } from './actorOf'
import { notify } from './notify'

export type TransitionRequest = {
  action: string
  note?: string | null
  noteVisibility?: NoteAudience | null
  goldsmith?: number | string | null
  reason?: string | null
}

export type TransitionResult =
  | { ok: true; order: Order }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409; message: string; field?: string }

const statusOfCode = {
  unknown_action: 400,
  missing_field: 400,
  forbidden: 403,
  invalid_state: 409,
} as const

/**
 * Moves an order one step through the status machine (lib/orderStatus.ts) for the signed-in user:
 * checks the move, records who/when/note in the history, sets the step's timestamp, and — when the
 * status changed under our feet — refuses rather than writing twice. Notifies whoever the move
 * concerns. Runs inside the caller's
 * transaction (`req`), so side effects commit or roll back with it.
 */
export const transitionOrder = async (
  req: PayloadRequest,
  id: string,
  request: TransitionRequest,
): Promise<TransitionResult> => {
  const { payload, user } = req
  if (!user) return { ok: false, status: 401, message: 'Please sign in.' }

  // Read as the user first: an order they may not see does not exist for them.
  const visible = await payload
    .findByID({ collection: 'orders', id, depth: 0, req, user, overrideAccess: false })
    .catch((error: unknown) => {
      if (error instanceof PasswordChangeRequired) throw error
      return null
    })
  if (!visible) return { ok: false, status: 404, message: `Order ${id} not found` }
  // Then in full (history entries carry fields this user may not read, and must be kept).
  const order = await payload.findByID({
    collection: 'orders',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })

  const decision = decideTransition({
    status: order.status,
    action: request.action,
    actor: actorOf(user, order),
    reason: request.reason,
    goldsmith: request.goldsmith,
  })
  if (!decision.ok) {
    return {
      ok: false,
      status: statusOfCode[decision.code],
      message: decision.message,
      field: decision.field,
    }
  }
  const action = request.action as OrderAction
  const audienceProblem =
    action === 'reject'
      ? null
      : noteAudienceProblem(
          request.note,
          request.noteVisibility,
          noteWriterOf(actorOf(user, order)),
        )
  if (audienceProblem)
    return { ok: false, status: 400, message: audienceProblem, field: 'noteVisibility' }

  let assignedGoldsmith = order.assignedGoldsmith
  if (action === 'assign') {
    const goldsmith = await payload
      .findByID({
        collection: 'goldsmiths',
        id: request.goldsmith!,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!goldsmith)
      return {
        ok: false,
        status: 400,
        field: 'goldsmith',
        message: 'That goldsmith does not exist',
      }
    if (goldsmith.active === false)
      return {
        ok: false,
        status: 400,
        field: 'goldsmith',
        message: `${goldsmith.name} is disabled; choose an active goldsmith`,
      }
    assignedGoldsmith = goldsmith.id
  }

  // Compare-and-set on the status: of two people acting at once, exactly one moves the order.
  const claimed = await payload.db.updateOne({
    collection: 'orders',
    where: { and: [{ id: { equals: order.id } }, { status: { equals: order.status } }] },
    data: { status: decision.to },
    options: { atomic: true },
    req,
  })
  if (!claimed) {
    return {
      ok: false,
      status: 409,
      message: 'The order changed while you were acting on it; reload and try again',
    }
  }

  const now = new Date().toISOString()
  const note = (action === 'reject' ? request.reason : request.note)?.trim() || null
  // A rejection's reason is the buyer's to read; any other note goes where its writer said.
  const noteVisibility = !note ? null : action === 'reject' ? 'buyer' : request.noteVisibility!
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
          actor: { relationTo: user.collection, value: user.id as number },
          note,
          noteVisibility,
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
    reason: action === 'reject' ? note : null,
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
