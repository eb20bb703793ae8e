import { historyActorRoles } from './accounts'
import { noteAudienceProblem, type NoteAudience, type NoteWriter } from './noteAudience'

export const orderStatuses = [
  'ordered',
  'accepted',
  'under_process',
  'completed',
  'dispatched',
  'delivered',
  'rejected',
  'cancelled',
] as const

export type OrderStatus = (typeof orderStatuses)[number]

/** Each status in the words a buyer and the staff read it. */
export const orderStatusLabels: Record<OrderStatus, string> = {
  ordered: 'Placed',
  accepted: 'Accepted',
  under_process: 'Being made',
  completed: 'Ready',
  dispatched: 'Dispatched',
  delivered: 'Delivered',
  rejected: 'Declined',
  cancelled: 'Cancelled',
}

export const orderActions = [
  'accept',
  'reject',
  'assign',
  'complete',
  'dispatch',
  'deliver',
  'cancel',
] as const

export type OrderAction = (typeof orderActions)[number]

/** Who is acting: 'vendor' is an approved vendor; 'staff' and 'admin' are both staff users. */
export const actorRoles = [...historyActorRoles, 'admin'] as const

export type ActorRole = (typeof actorRoles)[number]

export type Actor = { role: ActorRole; isPlacer: boolean; isAssignedGoldsmith: boolean }

/** A party allowed to take an action: any staff user, the order's placer, or its goldsmith. */
export type Party = 'staff' | 'placer' | 'assignedGoldsmith'

export type Transition = {
  from: readonly OrderStatus[]
  to: OrderStatus
  who: readonly Party[]
  timestampField: string
  requires?: 'reason' | 'goldsmith'
  /**
   * What the history entry's note is: the writer's `note`, read by the audience they chose
   * (lib/noteAudience.ts), or, for a rejection, its `reason`, which the buyer reads.
   */
  note: 'writersChoice' | 'reasonForBuyer'
}

/** The status machine: per action, the states it applies in, its result and who may take it. */
export const transitions: Record<OrderAction, Transition> = {
  accept: {
    from: ['ordered'],
    to: 'accepted',
    who: ['staff'],
    timestampField: 'acceptedAt',
    note: 'writersChoice',
  },
  reject: {
    from: ['ordered', 'accepted'],
    to: 'rejected',
    who: ['staff'],
    timestampField: 'rejectedAt',
    requires: 'reason',
    note: 'reasonForBuyer',
  },
  // Assigning again while under_process re-assigns the order to another goldsmith.
  assign: {
    from: ['accepted', 'under_process'],
    to: 'under_process',
    who: ['staff'],
    timestampField: 'assignedAt',
    requires: 'goldsmith',
    note: 'writersChoice',
  },
  complete: {
    from: ['under_process'],
    to: 'completed',
    who: ['staff', 'assignedGoldsmith'],
    timestampField: 'completedAt',
    note: 'writersChoice',
  },
  dispatch: {
    from: ['completed'],
    to: 'dispatched',
    who: ['staff'],
    timestampField: 'dispatchedAt',
    note: 'writersChoice',
  },
  deliver: {
    from: ['dispatched'],
    to: 'delivered',
    who: ['staff'],
    timestampField: 'deliveredAt',
    note: 'writersChoice',
  },
  cancel: {
    from: ['ordered'],
    to: 'cancelled',
    who: ['placer'],
    timestampField: 'cancelledAt',
    note: 'writersChoice',
  },
}

export type TransitionInput = {
  status: OrderStatus
  action: string
  actor: Actor
  reason?: string | null
  goldsmith?: string | number | null
}

export type TransitionDecision =
  | { ok: true; to: OrderStatus; timestampField: string }
  | {
      ok: false
      code: 'unknown_action' | 'forbidden' | 'invalid_state' | 'missing_field'
      field?: string
      message: string
    }

/** Narrows a string to a known order action. */
export function isOrderAction(action: string): action is OrderAction {
  return (orderActions as readonly string[]).includes(action)
}

// The placer must be a customer or vendor and the goldsmith a goldsmith, so a stray flag on
// another role never grants anything.
function isParty(party: Party, actor: Actor): boolean {
  switch (party) {
    case 'staff':
      return actor.role === 'staff' || actor.role === 'admin'
    case 'placer':
      return actor.isPlacer && (actor.role === 'customer' || actor.role === 'vendor')
    case 'assignedGoldsmith':
      return actor.isAssignedGoldsmith && actor.role === 'goldsmith'
  }
}

const mayTake = (action: OrderAction, actor: Actor): boolean =>
  transitions[action].who.some((party) => isParty(party, actor))

const partyNames: Record<Party, string> = {
  staff: 'staff',
  placer: 'the customer or vendor who placed the order',
  assignedGoldsmith: 'the goldsmith assigned to the order',
}

const pastTense: Record<OrderAction, string> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'assigned',
  complete: 'completed',
  dispatch: 'dispatched',
  deliver: 'delivered',
  cancel: 'cancelled',
}

function forbiddenMessage(action: OrderAction): string {
  const { who } = transitions[action]
  const object = who.every((party) => party === 'staff') ? 'an order' : 'it'
  return `Only ${who.map((party) => partyNames[party]).join(' or ')} can ${action} ${object}`
}

function invalidStateMessage(action: OrderAction, status: OrderStatus): string {
  const { from } = transitions[action]
  const needed = from.map((s) => `'${s}'`).join(' or ')
  const prefix = `Cannot ${action} an order that is '${status}'`
  // "first" only makes sense when the order has not yet reached the needed state.
  const isBefore =
    orderStatuses.indexOf(status) < Math.min(...from.map((s) => orderStatuses.indexOf(s)))
  return isBefore
    ? `${prefix}; it must be ${needed} first`
    : `${prefix}; only ${needed} orders can be ${pastTense[action]}`
}

/** Decides whether `actor` may take `action` on an order in `status`, and the resulting status. */
export function decideTransition(input: TransitionInput): TransitionDecision {
  const { status, action, actor } = input
  if (!isOrderAction(action)) {
    return {
      ok: false,
      code: 'unknown_action',
      message: `'${action}' is not an order action; use one of ${orderActions.join(', ')}`,
    }
  }
  const transition = transitions[action]
  if (!mayTake(action, actor)) {
    return { ok: false, code: 'forbidden', message: forbiddenMessage(action) }
  }
  if (!transition.from.includes(status)) {
    return { ok: false, code: 'invalid_state', message: invalidStateMessage(action, status) }
  }
  if (transition.requires === 'reason' && !input.reason?.trim()) {
    return {
      ok: false,
      code: 'missing_field',
      field: 'reason',
      message: 'A reason is required to reject an order',
    }
  }
  const { goldsmith } = input
  if (
    transition.requires === 'goldsmith' &&
    (goldsmith === null || goldsmith === undefined || String(goldsmith).trim() === '')
  ) {
    return {
      ok: false,
      code: 'missing_field',
      field: 'goldsmith',
      message: 'Choose a goldsmith to assign the order to',
    }
  }
  return { ok: true, to: transition.to, timestampField: transition.timestampField }
}

/**
 * The note a move records, and who reads it, by the action's `note` rule: the writer's note for
 * the audience they chose (refused when that audience is not theirs to choose), or a rejection's
 * reason for the buyer.
 */
export function historyNote(
  action: OrderAction,
  input: { note?: string | null; noteVisibility?: string | null; reason?: string | null },
  writer: NoteWriter,
):
  | { ok: true; note: string | null; noteVisibility: NoteAudience | null }
  | { ok: false; message: string } {
  if (transitions[action].note === 'reasonForBuyer') {
    const reason = input.reason?.trim() || null
    return { ok: true, note: reason, noteVisibility: reason ? 'buyer' : null }
  }
  const problem = noteAudienceProblem(input.note, input.noteVisibility, writer)
  if (problem) return { ok: false, message: problem }
  const note = input.note?.trim() || null
  return { ok: true, note, noteVisibility: note ? (input.noteVisibility as NoteAudience) : null }
}

/** Actions `actor` may take on an order in `status` now (required fields aside), for buttons. */
export function allowedActions(status: OrderStatus, actor: Actor): OrderAction[] {
  return orderActions.filter(
    (action) => mayTake(action, actor) && transitions[action].from.includes(status),
  )
}

/** The way every order goes when nothing stops it: the steps its progress bar shows. */
export const orderJourney = [
  'ordered',
  'accepted',
  'under_process',
  'completed',
  'dispatched',
  'delivered',
] as const satisfies readonly OrderStatus[]

/** Where an order can stop short of its journey. */
export const stoppingStatuses = ['rejected', 'cancelled'] as const satisfies readonly OrderStatus[]

/** The step a promised ready date belongs to: the piece is made (`completed`, "Ready"). */
export const readyStep: OrderStatus = 'completed'

export type ProgressStep = {
  status: OrderStatus
  /** `stopped`: the order ended here (declined or cancelled); nothing comes after it. */
  state: 'done' | 'current' | 'upcoming' | 'stopped'
  /** When the order reached the step (the latest time, if it came back to it). */
  at: string | null
  /** The promised ready date (`readyBy`), on the ready step while it is still to come. */
  due: string | null
}

/**
 * Every step of an order for its progress bar, in order: those it has passed (`done`, with their
 * dates), the one it is at (`current`; the last step, once reached, is `done`), and those still to
 * come (`upcoming`), the ready step carrying the ready date until the piece is made. An order that was declined or
 * cancelled shows the steps it passed and then where it stopped, and nothing after.
 */
export function orderProgress(order: {
  status: OrderStatus
  history: readonly { from?: OrderStatus | null; to: OrderStatus; at: string }[]
  readyBy?: string | null
}): ProgressStep[] {
  // A move into the status: a buyer's change while placed (ordered → ordered) moves nothing.
  const reachedAt = (status: OrderStatus) =>
    [...order.history].reverse().find((entry) => entry.to === status && entry.from !== status)
      ?.at ?? null
  const due = (status: OrderStatus, state: ProgressStep['state']) =>
    status === readyStep && state === 'upcoming' ? (order.readyBy ?? null) : null
  const stopped = (stoppingStatuses as readonly OrderStatus[]).includes(order.status)
  if (stopped) {
    // The journey steps it passed before it stopped, as its history tells.
    const passed = orderJourney.filter((status) => reachedAt(status) !== null)
    return [
      ...passed.map((status) => ({
        status,
        state: 'done' as const,
        at: reachedAt(status),
        due: null,
      })),
      { status: order.status, state: 'stopped', at: reachedAt(order.status), due: null },
    ]
  }
  const here = (orderJourney as readonly OrderStatus[]).indexOf(order.status)
  const last = orderJourney.length - 1
  return orderJourney.map((status, i) => {
    const state: ProgressStep['state'] =
      i < here || (i === here && i === last) ? 'done' : i === here ? 'current' : 'upcoming'
    return {
      status,
      state,
      at: state === 'upcoming' ? null : reachedAt(status),
      due: due(status, state),
    }
  })
}

/** The karigar's work list filters: what is on the bench now, and what left it. */
export const benchFilters = {
  'in-progress': { label: 'In progress', statuses: ['under_process'] },
  done: { label: 'Done', statuses: ['completed', 'dispatched', 'delivered'] },
} as const satisfies Record<string, { label: string; statuses: readonly OrderStatus[] }>

export type BenchFilter = keyof typeof benchFilters

/**
 * The karigar's work list query (`?work=done&page=2`): the filter, defaulting to the work in
 * progress, and the page, defaulting to the first.
 */
export const parseBenchQuery = (params: {
  work?: unknown
  page?: unknown
}): { filter: BenchFilter; page: number } => {
  const { work } = params
  const page = typeof params.page === 'string' ? Number(params.page) : NaN
  return {
    filter:
      typeof work === 'string' && Object.hasOwn(benchFilters, work)
        ? (work as BenchFilter)
        : 'in-progress',
    page: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
  }
}
