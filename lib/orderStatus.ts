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
  'on_hold',
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
  on_hold: 'On hold',
}

export const orderActions = [
  'accept',
  'reject',
  'assign',
  'complete',
  'dispatch',
  'deliver',
  'cancel',
  'hold',
  'resume',
  'rework',
] as const

export type OrderAction = (typeof orderActions)[number]

/** Who is acting: 'vendor' is an approved vendor; 'staff' and 'admin' are both staff users. */
export const actorRoles = [...historyActorRoles, 'admin'] as const

export type ActorRole = (typeof actorRoles)[number]

export type Actor = { role: ActorRole; isPlacer: boolean; isAssignedGoldsmith: boolean }

/** A party allowed to take an action: any staff user, the order's placer, or its goldsmith. */
export type Party = 'staff' | 'placer' | 'assignedGoldsmith'

/**
 * What a move's history entry records as its note: the writer's `note`, read by the audience they
 * chose (lib/noteAudience.ts); the move's `reason`, which the buyer reads (rejecting, cancelling or
 * holding an order tells the buyer why); or the writer's required `note` for the karigar (rework).
 */
export type NoteRule = 'writersChoice' | 'reasonForBuyer' | 'noteForKarigar'

/** One party's way to take an action: from which states, what it must send, what its note is. */
export type Move = {
  from: readonly OrderStatus[]
  requires?: 'reason' | 'goldsmith' | 'note'
  note: NoteRule
}

export type Transition = {
  /** The resulting status; `whereItWas`: the status the order was held from (resume). */
  to: OrderStatus | 'whereItWas'
  timestampField: string
  /** Who may take the action, each party with its own move. */
  by: Partial<Record<Party, Move>>
}

const moveFrom = (from: readonly OrderStatus[], extra: Partial<Move> = {}): Move => ({
  from,
  note: 'writersChoice',
  ...extra,
})

/** The status machine: per action, its result and, per party allowed to take it, from where. */
export const transitions: Record<OrderAction, Transition> = {
  accept: { to: 'accepted', timestampField: 'acceptedAt', by: { staff: moveFrom(['ordered']) } },
  reject: {
    to: 'rejected',
    timestampField: 'rejectedAt',
    by: {
      staff: moveFrom(['ordered', 'accepted'], { requires: 'reason', note: 'reasonForBuyer' }),
    },
  },
  // Assigning again while under_process re-assigns the order to another goldsmith.
  assign: {
    to: 'under_process',
    timestampField: 'assignedAt',
    by: { staff: moveFrom(['accepted', 'under_process'], { requires: 'goldsmith' }) },
  },
  complete: {
    to: 'completed',
    timestampField: 'completedAt',
    by: { staff: moveFrom(['under_process']), assignedGoldsmith: moveFrom(['under_process']) },
  },
  dispatch: {
    to: 'dispatched',
    timestampField: 'dispatchedAt',
    by: { staff: moveFrom(['completed']) },
  },
  deliver: {
    to: 'delivered',
    timestampField: 'deliveredAt',
    by: { staff: moveFrom(['dispatched']) },
  },
  // The buyer may withdraw an order we have not taken on; once we have, only staff stop it, saying
  // why (a placed order staff do not want is rejected instead).
  cancel: {
    to: 'cancelled',
    timestampField: 'cancelledAt',
    by: {
      placer: moveFrom(['ordered']),
      staff: moveFrom(['accepted', 'under_process'], {
        requires: 'reason',
        note: 'reasonForBuyer',
      }),
    },
  },
  hold: {
    to: 'on_hold',
    timestampField: 'heldAt',
    by: {
      staff: moveFrom(['accepted', 'under_process'], {
        requires: 'reason',
        note: 'reasonForBuyer',
      }),
    },
  },
  resume: { to: 'whereItWas', timestampField: 'resumedAt', by: { staff: moveFrom(['on_hold']) } },
  // Back to the same goldsmith's bench, with what to put right.
  rework: {
    to: 'under_process',
    timestampField: 'reworkRequestedAt',
    by: { staff: moveFrom(['completed'], { requires: 'note', note: 'noteForKarigar' }) },
  },
}

export type TransitionInput = {
  status: OrderStatus
  action: string
  actor: Actor
  reason?: string | null
  goldsmith?: string | number | null
  note?: string | null
  /** Where an order on hold was when it was held (`heldFrom` of its history); resume returns it there. */
  heldFrom?: OrderStatus | null
}

export type TransitionDecision =
  | { ok: true; to: OrderStatus; timestampField: string; note: NoteRule }
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

const parties = ['staff', 'placer', 'assignedGoldsmith'] as const satisfies readonly Party[]

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

/** The moves of `action` open to `actor` (one per party they are), whatever the order's state. */
const movesOf = (action: OrderAction, actor: Actor): Move[] =>
  parties.flatMap((party) => {
    const move = transitions[action].by[party]
    return move && isParty(party, actor) ? [move] : []
  })

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
  hold: 'put on hold',
  resume: 'resumed',
  rework: 'sent back for rework',
}

function forbiddenMessage(action: OrderAction): string {
  const who = parties.filter((party) => transitions[action].by[party])
  const object = who.every((party) => party === 'staff') ? 'an order' : 'it'
  return `Only ${who.map((party) => partyNames[party]).join(' or ')} can ${action} ${object}`
}

function invalidStateMessage(
  action: OrderAction,
  status: OrderStatus,
  from: readonly OrderStatus[],
): string {
  const needed = from.map((s) => `'${s}'`).join(' or ')
  const prefix = `Cannot ${action} an order that is '${status}'`
  // "first" only makes sense when the order is on its way to the needed state.
  const journey = orderJourney as readonly OrderStatus[]
  const isBefore =
    journey.includes(status) &&
    journey.indexOf(status) < Math.min(...from.map((s) => journey.indexOf(s)))
  return isBefore
    ? `${prefix}; it must be ${needed} first`
    : `${prefix}; only ${needed} orders can be ${pastTense[action]}`
}

const isBlank = (value: string | number | null | undefined) =>
  value === null || value === undefined || String(value).trim() === ''

const missing: Record<NonNullable<Move['requires']>, (action: OrderAction) => string> = {
  reason: (action) => `A reason is required to ${action} an order`,
  goldsmith: () => 'Choose a goldsmith to assign the order to',
  note: () => 'Write a note for the karigar: what to put right',
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
  const moves = movesOf(action, actor)
  if (!moves.length) return { ok: false, code: 'forbidden', message: forbiddenMessage(action) }
  const move = moves.find((m) => m.from.includes(status))
  if (!move) {
    const from = [...new Set(moves.flatMap((m) => m.from))]
    return { ok: false, code: 'invalid_state', message: invalidStateMessage(action, status, from) }
  }
  const given = { reason: input.reason, goldsmith: input.goldsmith, note: input.note }
  if (move.requires && isBlank(given[move.requires])) {
    const field = move.requires
    return { ok: false, code: 'missing_field', field, message: missing[field](action) }
  }
  const to = transition.to === 'whereItWas' ? input.heldFrom : transition.to
  if (!to) {
    return {
      ok: false,
      code: 'invalid_state',
      message: 'The order’s history does not say where it was before its hold',
    }
  }
  return { ok: true, to, timestampField: transition.timestampField, note: move.note }
}

/** Where an order on hold was before: the `from` of its latest hold in its history. */
export const heldFrom = (
  history: readonly { action?: string | null; from?: OrderStatus | null }[],
): OrderStatus | null =>
  [...history].reverse().find((entry) => entry.action === 'hold')?.from ?? null

/**
 * The note a move records, and who reads it, by the move's note rule (the decision's `note`): the
 * writer's note for the audience they chose (refused when that audience is not theirs to choose),
 * the move's reason for the buyer, or the note for the karigar (refused for another audience).
 */
export function historyNote(
  rule: NoteRule,
  input: { note?: string | null; noteVisibility?: string | null; reason?: string | null },
  writer: NoteWriter,
):
  | { ok: true; note: string | null; noteVisibility: NoteAudience | null }
  | { ok: false; message: string } {
  if (rule === 'reasonForBuyer') {
    const reason = input.reason?.trim() || null
    return { ok: true, note: reason, noteVisibility: reason ? 'buyer' : null }
  }
  if (rule === 'noteForKarigar') {
    const { noteVisibility } = input
    if (noteVisibility && noteVisibility !== 'karigar')
      return { ok: false, message: `This note is for the karigar, not ${noteVisibility}` }
    const note = input.note?.trim() || null
    return { ok: true, note, noteVisibility: note ? 'karigar' : null }
  }
  const problem = noteAudienceProblem(input.note, input.noteVisibility, writer)
  if (problem) return { ok: false, message: problem }
  const note = input.note?.trim() || null
  return { ok: true, note, noteVisibility: note ? (input.noteVisibility as NoteAudience) : null }
}

/** Actions `actor` may take on an order in `status` now (required fields aside), for buttons. */
export function allowedActions(status: OrderStatus, actor: Actor): OrderAction[] {
  return orderActions.filter((action) =>
    movesOf(action, actor).some((move) => move.from.includes(status)),
  )
}

/** What a move needs besides the action, for forms: a reason, a goldsmith or a note, or nothing. */
export const requirementOf = (action: OrderAction, actor: Actor): Move['requires'] | null =>
  movesOf(action, actor)[0]?.requires ?? null

/**
 * How a timeline titles a history entry whose status alone would not say what happened (the status
 * it returned to, or one it kept); the others read as their status.
 */
export const historyTitles: Partial<Record<string, string>> = {
  resume: 'Back in progress',
  rework: 'Back for rework',
  reschedule: 'Ready date changed',
}

/** The statuses in which staff may move the promised ready date (after accepting, before ready). */
export const readyDateMovableStatuses = [
  'accepted',
  'under_process',
  'on_hold',
] as const satisfies readonly OrderStatus[]

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
  /**
   * `stopped`: the order ended here (declined or cancelled); nothing comes after it. `held`: the
   * step it is at, paused (on hold) until staff resume it.
   */
  state: 'done' | 'current' | 'upcoming' | 'stopped' | 'held'
  /** When the order reached the step (the latest time, if it came back to it). */
  at: string | null
  /** The promised ready date (`readyBy`), on the ready step while it is still to come. */
  due: string | null
}

/**
 * Every step of an order for its progress bar, in order: those it has passed (`done`, with their
 * dates), the one it is at (`current`; the last step, once reached, is `done`), and those still to
 * come (`upcoming`), the ready step carrying the ready date until the piece is made. An order that was declined or
 * cancelled shows the steps it passed and then where it stopped, and nothing after; one on hold shows
 * the step it was held at as `held`.
 */
export function orderProgress(order: {
  status: OrderStatus
  history: readonly {
    action?: string | null
    from?: OrderStatus | null
    to: OrderStatus
    at: string
  }[]
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
  // An order on hold is shown at the step it was held from, paused there.
  const held = order.status === 'on_hold'
  const at = held ? (heldFrom(order.history) ?? 'accepted') : order.status
  const here = (orderJourney as readonly OrderStatus[]).indexOf(at)
  const last = orderJourney.length - 1
  return orderJourney.map((status, i) => {
    const state: ProgressStep['state'] =
      i < here || (i === here && i === last)
        ? 'done'
        : i === here
          ? held
            ? 'held'
            : 'current'
          : 'upcoming'
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
  // Work on hold stays on the bench, marked as paused.
  'in-progress': { label: 'In progress', statuses: ['under_process', 'on_hold'] },
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
