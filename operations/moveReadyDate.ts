import type { PayloadRequest } from 'payload'

import { actorOf, actorRoleOf } from '@/access/actorOf'
import type { AuditBaseline } from '@/lib/auditDiff'
import { noteAudienceProblem, type NoteAudience } from '@/lib/noteAudience'
import { readyDateNotifications } from '@/lib/notifications'
import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import { orderStatusLabels, readyDateMovableStatuses, type OrderStatus } from '@/lib/orderStatus'
import { asGeneratedId } from '@/lib/queryInput'
import { formatDay, parseReadyBy, readyByDay } from '@/lib/readyDate'
import type { Order } from '@/payload-types'

import { notify } from './notify'
import { claimStatus, orderAsChangedBy, orderForChange } from './orderForChange'
import { siteSettingsOf } from './siteSettings'

export type ReadyDateRequest = {
  readyBy: string
  note?: string | null
  noteVisibility?: NoteAudience | null
}

export type ReadyDateRefusal =
  | 'not_signed_in'
  | 'not_found'
  | 'forbidden'
  | 'invalid_state'
  | 'invalid_field'
  | 'changed_meanwhile'

export type ReadyDateResult =
  | { ok: true; order: Order; changed: boolean }
  | { ok: false; refusal: ReadyDateRefusal; message: string; field?: string }

const refuse = (refusal: ReadyDateRefusal, message: string, field?: string): ReadyDateResult => ({
  ok: false,
  refusal,
  message,
  ...(field ? { field } : {}),
})

/**
 * Staff move the promised ready date of an order they have accepted and is not yet made (the date
 * set at placement is changed with the acceptance itself). Recorded on the timeline as a
 * `reschedule` (the status stays), and the buyer and the karigar are told. Runs inside the
 * caller's transaction.
 */
export const moveReadyDate = async (
  req: PayloadRequest,
  id: string,
  request: ReadyDateRequest,
): Promise<ReadyDateResult> => {
  const reached = await orderForChange(req, id)
  if (!reached.ok) return reached
  const { user, order } = reached
  const actor = actorOf(user, order)
  if (actor.role !== 'staff' && actor.role !== 'admin')
    return refuse('forbidden', 'Only staff can change an order’s ready date')
  if (!(readyDateMovableStatuses as readonly OrderStatus[]).includes(order.status))
    return refuse(
      'invalid_state',
      order.status === 'ordered'
        ? 'Set the ready date when accepting the order'
        : `The order is ${orderStatusLabels[order.status].toLowerCase()}; its ready date can no longer change`,
    )
  const now = new Date()
  const { timeZone } = await siteSettingsOf(req)
  const parsed = parseReadyBy(request.readyBy, calendarDay(now, timeZone || defaultTimeZone))
  if (!parsed.ok) return refuse('invalid_field', parsed.message, 'readyBy')
  const before = readyByDay(order.readyBy)
  const after = readyByDay(parsed.value)!
  if (before === after) return { ok: true, order, changed: false }
  const problem = noteAudienceProblem(request.note, request.noteVisibility, 'staff')
  if (problem) return refuse('invalid_field', problem, 'noteVisibility')

  // Holds the status still: a move that lands meanwhile (a dispatch, a cancel) refuses this one.
  if (!(await claimStatus(req, order, order.status)))
    return refuse(
      'changed_meanwhile',
      'The order changed while you were acting on it; reload and try again',
    )
  const note = request.note?.trim() || null
  const at = now.toISOString()
  const saved = await req.payload.update({
    collection: 'orders',
    id: order.id,
    data: {
      readyBy: parsed.value,
      history: [
        ...(order.history ?? []),
        {
          action: 'reschedule' as const,
          from: order.status,
          to: order.status,
          at,
          actorRole: actorRoleOf(user),
          actor: { relationTo: user.collection, value: asGeneratedId(user.id) },
          note:
            note ??
            `Ready date moved to ${formatDay(after)}${before ? ` (was ${formatDay(before)})` : ''}`,
          noteVisibility: note ? request.noteVisibility! : ('buyer' as const),
        },
      ],
    },
    depth: 0,
    req,
    overrideAccess: true,
    context: {
      transition: 'reschedule',
      auditBaseline: { target: 'orders', id: order.id, doc: order } satisfies AuditBaseline,
    },
  })
  for (const type of readyDateNotifications)
    await notify(req, type, { order: saved, readyBy: after, previousReadyBy: before })
  const updated = await orderAsChangedBy(req, user, order.id)
  return { ok: true, order: updated, changed: true }
}
