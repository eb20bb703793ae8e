import { asGeneratedId, type DocumentId } from '@/lib/queryInput'
import type { PayloadRequest } from 'payload'

import { actorOf, actorRoleOf, noteWriterOf } from '@/access/actorOf'
import type { AuditBaseline } from '@/lib/auditDiff'
import type { NoteAudience } from '@/lib/noteAudience'
import { orderActionNotifications } from '@/lib/notifications'
import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import { parseReadyBy, readyByDay } from '@/lib/readyDate'
import { confirmationTimeProblem, type ConfirmationChannel } from '@/lib/amountConfirmation'
import { decideTransition, heldFrom, historyNote, type OrderAction } from '@/lib/orderStatus'
import type { RateTermsOption } from '@/lib/ratePricing'
import type { Order } from '@/payload-types'

import { dispatchMetalCheck } from './dispatchMetalCheck'
import { metalIssueFacts } from './metalIssue'
import { dispatchHuids } from './dispatchHuids'
import { issueInvoice } from './issueInvoice'
import { notify } from './notify'
import { priceAtDispatch } from './priceAtDispatch'
import { claimStatus, orderAsChangedBy, orderForChange } from './orderForChange'
import { siteSettingsOf } from './siteSettings'

export type TransitionRequest = {
  action: string
  note?: string | null
  noteVisibility?: NoteAudience | null
  goldsmith?: number | string | null
  reason?: string | null
  /** `accept` only: the promised ready date, `YYYY-MM-DD`, replacing the one set at placement. */
  readyBy?: string | null
  /** `accept` only: how (and when, default now) the amount was confirmed with the buyer. */
  amountConfirmation?: { via: ConfirmationChannel; at?: string | null } | null
  /** `complete` only: a photo of the finished piece (the request's uploaded file). */
  photo?: PayloadRequest['file'] | null
  /** `assign` only: metal handed to the goldsmith, grams of alloy of one purity (metal ledger). */
  metalIssue?: { weight: number; purity: string } | null
  /** `accept` only: the order's rate terms (operations/priceAtDispatch.ts). */
  rateTerms?: RateTermsOption | null
  /** `dispatch` only: each line's hallmark unique IDs, one per piece (operations/dispatchHuids.ts). */
  huids?: { item: string; huids: string[] }[] | null
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
  | 'invalid_field'
  | 'invalid_goldsmith'
  | 'changed_meanwhile'
  | 'metal_not_received'
  | 'metal_variance'
  | 'huid_taken'
  | 'invoice_details_missing'

export type TransitionResult =
  | { ok: true; order: Order }
  | { ok: false; refusal: TransitionRefusal; message: string; field?: string }

type Refused = Extract<TransitionResult, { ok: false }>
/** A refusal, as the transition-facts functions of other files return one. */
export type TransitionRefused = Refused

const refuse = (refusal: TransitionRefusal, message: string, field?: string): Refused => ({
  ok: false,
  refusal,
  message,
  ...(field ? { field } : {}),
})

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

type AcceptanceFacts = {
  readyBy?: string
  amountConfirmation?: { via: ConfirmationChannel; at: string; by: number }
}

/**
 * What an acceptance may add (a new ready date, the amount's confirmation), checked against the
 * order; refused on any other move, so nobody changes the date by taking another step.
 */
const acceptanceFacts = async (
  req: PayloadRequest,
  action: OrderAction,
  request: TransitionRequest,
  order: Order,
  now: Date,
): Promise<{ ok: true; facts: AcceptanceFacts } | Refused> => {
  const { readyBy, amountConfirmation, photo } = request
  if (photo && action !== 'complete')
    return refuse('invalid_field', 'A photo goes only with marking an order done', 'file')
  if (action !== 'accept') {
    if (readyBy)
      return refuse(
        'invalid_field',
        'readyBy is set when accepting; afterwards staff move it with POST /api/orders/:id/ready-date',
        'readyBy',
      )
    if (amountConfirmation)
      return refuse(
        'invalid_field',
        'The amount is confirmed only when accepting',
        'amountConfirmation',
      )
    return { ok: true, facts: {} }
  }
  const facts: AcceptanceFacts = {}
  if (readyBy) {
    const { timeZone } = await siteSettingsOf(req)
    const parsed = parseReadyBy(readyBy, calendarDay(now, timeZone || defaultTimeZone))
    if (!parsed.ok) return refuse('invalid_field', parsed.message, 'readyBy')
    facts.readyBy = parsed.value
  }
  if (amountConfirmation) {
    const at = amountConfirmation.at ?? now.toISOString()
    const problem = confirmationTimeProblem(at, { placedAt: order.createdAt, now })
    if (problem) return refuse('invalid_field', problem, 'amountConfirmation.at')
    facts.amountConfirmation = {
      via: amountConfirmation.via,
      at: new Date(at).toISOString(),
      by: asGeneratedId(req.user!.id),
    }
  }
  return { ok: true, facts }
}

/**
 * Stores the finished piece's photo as media that only the order's readers may see (it is never
 * public; `inOrders` lets access/media.ts find it through the order). Created with access
 * overridden: this move is the rule, and nobody but staff uploads media through the API.
 */
const storePhoto = async (req: PayloadRequest, order: Order, photo: TransitionRequest['photo']) => {
  if (!photo) return null
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: `The finished piece of order ${order.orderId}`, inOrders: true },
    file: photo,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return media.id
}

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
  const { payload } = req
  const reached = await orderForChange(req, id)
  if (!reached.ok) return reached
  const { user, order } = reached

  const actor = actorOf(user, order)
  const decision = decideTransition({
    status: order.status,
    action: request.action,
    actor,
    reason: request.reason,
    goldsmith: request.goldsmith,
    note: request.note,
    heldFrom: order.status === 'on_hold' ? heldFrom(order.history ?? []) : null,
  })
  if (!decision.ok) return refuse(decision.code, decision.message, decision.field)
  const action = request.action as OrderAction
  const note = historyNote(decision.note, request, noteWriterOf(actor))
  if (!note.ok) return refuse('invalid_note', note.message, 'noteVisibility')

  const now = new Date()
  const acceptance = await acceptanceFacts(req, action, request, order, now)
  if (!acceptance.ok) return acceptance
  const pricing = await priceAtDispatch(req, action, request, order, now)
  if (!pricing.ok) return pricing

  let assignedGoldsmith = order.assignedGoldsmith
  if (action === 'assign') {
    const goldsmith = await goldsmithToAssign(req, request.goldsmith!)
    if ('problem' in goldsmith) return refuse('invalid_goldsmith', goldsmith.problem!, 'goldsmith')
    assignedGoldsmith = goldsmith.id
  }
  const metal = await metalIssueFacts(req, action, request, order, now)
  if (!metal.ok) return metal
  const dispatchMetal = await dispatchMetalCheck(req, action, request, order, now)
  if (!dispatchMetal.ok) return dispatchMetal
  const hallmarks = await dispatchHuids(req, action, request, order)
  if (!hallmarks.ok) return hallmarks
  const invoice = await issueInvoice(req, action, request, order, now)
  if (!invoice.ok) return invoice

  // Before the claim: a file that is no image is refused before the order moves (SQLite runs
  // without multi-statement transactions, so nothing written could be rolled back).
  const photo = await storePhoto(req, order, request.photo)
  if (!(await claimStatus(req, order, decision.to))) {
    // The move lost the race: its photo goes too.
    if (photo !== null)
      await payload.delete({
        collection: 'media',
        id: photo,
        overrideAccess: true,
        req,
        // Flagged as in an order when stored, but no order took it: nothing loses its record.
        context: { photoNeverUsed: true },
      })
    return refuse(
      'changed_meanwhile',
      'The order changed while you were acting on it; reload and try again',
    )
  }
  const at = now.toISOString()
  const saved = await payload.update({
    collection: 'orders',
    id: order.id,
    data: {
      status: decision.to,
      [decision.timestampField]: at,
      assignedGoldsmith,
      ...acceptance.facts,
      ...metal.facts,
      ...dispatchMetal.facts,
      ...pricing.facts,
      ...hallmarks.facts,
      ...invoice.facts,
      history: [
        ...(order.history ?? []),
        {
          action,
          from: order.status,
          to: decision.to,
          at,
          actorRole: actorRoleOf(user),
          actor: { relationTo: user.collection, value: asGeneratedId(user.id) },
          note: note.note,
          noteVisibility: note.noteVisibility,
          photo,
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
  const byStaff = actor.role === 'staff' || actor.role === 'admin'
  const { byStaff: staffTells, byOthers: othersTell } = orderActionNotifications[action]
  for (const type of byStaff ? staffTells : othersTell)
    await notify(req, type, {
      order: saved,
      // A reason the buyer reads (reject, cancel, hold) or the rework's note for the karigar.
      reason: decision.note === 'writersChoice' ? null : note.note,
      // An acceptance tells the buyer the ready date, and what it was if staff moved it.
      ...(action === 'accept'
        ? {
            readyBy: readyByDay(saved.readyBy),
            previousReadyBy:
              acceptance.facts.readyBy && readyByDay(order.readyBy) !== readyByDay(saved.readyBy)
                ? readyByDay(order.readyBy)
                : null,
          }
        : {}),
    })
  const updated = await orderAsChangedBy(req, user, order.id)
  return { ok: true, order: updated }
}
