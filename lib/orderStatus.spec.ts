import type { Actor, ActorRole, OrderStatus, ProgressStep } from './orderStatus'

import { describe, it, expect } from 'vitest'

import {
  actorRoles,
  allowedActions,
  heldFrom,
  requirementOf,
  parseBenchQuery,
  decideTransition,
  historyNote,
  orderActions,
  orderProgress,
  orderStatuses,
  transitions,
} from './orderStatus'

// Written independently of `transitions`: who counts as each party.
const parties = {
  staff: (a: Actor) => a.role === 'staff' || a.role === 'admin',
  placer: (a: Actor) => a.isPlacer && (a.role === 'customer' || a.role === 'vendor'),
  assignedGoldsmith: (a: Actor) => a.isAssignedGoldsmith && a.role === 'goldsmith',
}

// Every (status, action, party) that must succeed, with the resulting status and timestamp.
const allowed: [OrderStatus, string, keyof typeof parties, OrderStatus, string][] = [
  ['ordered', 'accept', 'staff', 'accepted', 'acceptedAt'],
  ['ordered', 'reject', 'staff', 'rejected', 'rejectedAt'],
  ['accepted', 'reject', 'staff', 'rejected', 'rejectedAt'],
  ['accepted', 'assign', 'staff', 'under_process', 'assignedAt'],
  ['under_process', 'assign', 'staff', 'under_process', 'assignedAt'],
  ['under_process', 'complete', 'staff', 'completed', 'completedAt'],
  ['under_process', 'complete', 'assignedGoldsmith', 'completed', 'completedAt'],
  ['completed', 'dispatch', 'staff', 'dispatched', 'dispatchedAt'],
  ['dispatched', 'deliver', 'staff', 'delivered', 'deliveredAt'],
  ['ordered', 'cancel', 'placer', 'cancelled', 'cancelledAt'],
  ['accepted', 'cancel', 'staff', 'cancelled', 'cancelledAt'],
  ['under_process', 'cancel', 'staff', 'cancelled', 'cancelledAt'],
  ['accepted', 'hold', 'staff', 'on_hold', 'heldAt'],
  ['under_process', 'hold', 'staff', 'on_hold', 'heldAt'],
  // Resumed to where it was held from (the input below says 'under_process').
  ['on_hold', 'resume', 'staff', 'under_process', 'resumedAt'],
  ['completed', 'rework', 'staff', 'under_process', 'reworkRequestedAt'],
]

const actors: Actor[] = actorRoles.flatMap((role: ActorRole) =>
  [false, true].flatMap((isPlacer) =>
    [false, true].map((isAssignedGoldsmith) => ({ role, isPlacer, isAssignedGoldsmith })),
  ),
)

function expectedOutcome(status: OrderStatus, action: string, actor: Actor) {
  const hit = allowed.find(([s, a, p]) => s === status && a === action && parties[p](actor))
  if (hit) return { ok: true, to: hit[3], timestampField: hit[4] }
  const actorMayEver = allowed.some(([, a, p]) => a === action && parties[p](actor))
  return { ok: false, code: actorMayEver ? 'invalid_state' : 'forbidden' }
}

// Every field any move requires, so only who and when decide.
const everything = { reason: 'x', goldsmith: 'g1', note: 'n', heldFrom: 'under_process' as const }

const staff: Actor = { role: 'staff', isPlacer: false, isAssignedGoldsmith: false }
const customer: Actor = { role: 'customer', isPlacer: true, isAssignedGoldsmith: false }
const goldsmith: Actor = { role: 'goldsmith', isPlacer: false, isAssignedGoldsmith: true }

describe('decideTransition exhaustively', () => {
  it('matches the expected outcome for every status, action and actor', () => {
    const mismatches: string[] = []
    let cases = 0
    for (const status of orderStatuses) {
      for (const action of orderActions) {
        for (const actor of actors) {
          cases++
          const decision = decideTransition({ status, action, actor, ...everything })
          const actual = decision.ok
            ? { ok: true, to: decision.to, timestampField: decision.timestampField }
            : { ok: false, code: decision.code }
          const expected = expectedOutcome(status, action, actor)
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push(
              `${status} ${action} ${JSON.stringify(actor)}: ${JSON.stringify(actual)}`,
            )
          }
        }
      }
    }
    expect(cases).toBe(9 * 10 * 5 * 4)
    expect(mismatches).toEqual([])
  })

  it('gives every refusal a non-empty message', () => {
    const silent = orderStatuses.flatMap((status) =>
      orderActions.flatMap((action) =>
        actors.filter((actor) => {
          const d = decideTransition({ status, action, actor, ...everything })
          return !d.ok && d.message.trim() === ''
        }),
      ),
    )
    expect(silent).toEqual([])
  })
})

describe('allowedActions', () => {
  it('matches the expected actions for every status and actor', () => {
    const mismatches: string[] = []
    for (const status of orderStatuses) {
      for (const actor of actors) {
        const expected = orderActions.filter((a) => expectedOutcome(status, a, actor).ok)
        const actual = allowedActions(status, actor)
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(`${status} ${JSON.stringify(actor)}: ${actual.join(',')}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('offers staff accept and reject on a new order', () => {
    expect(allowedActions('ordered', staff)).toEqual(['accept', 'reject'])
  })

  it('offers the placing customer only cancel on a new order', () => {
    expect(allowedActions('ordered', customer)).toEqual(['cancel'])
  })

  it('offers nothing once an order is delivered', () => {
    expect(allowedActions('delivered', staff)).toEqual([])
  })
})

describe('decideTransition checks', () => {
  it('rejects an unknown action before checking who is acting', () => {
    const d = decideTransition({ status: 'ordered', action: 'approve', actor: customer })
    expect(d).toMatchObject({ ok: false, code: 'unknown_action' })
  })

  it('names the valid actions when the action is unknown', () => {
    const d = decideTransition({ status: 'ordered', action: 'approve', actor: staff })
    expect(!d.ok && d.message).toBe(
      "'approve' is not an order action; use one of accept, reject, assign, complete, dispatch, deliver, cancel, hold, resume, rework",
    )
  })

  it('does not treat inherited object keys as actions', () => {
    const codes = ['toString', 'constructor', '__proto__', ''].map((action) => {
      const d = decideTransition({ status: 'ordered', action, actor: staff })
      return d.ok ? 'ok' : d.code
    })
    expect(codes).toEqual(['unknown_action', 'unknown_action', 'unknown_action', 'unknown_action'])
  })

  it('reports forbidden before invalid state', () => {
    const d = decideTransition({ status: 'delivered', action: 'accept', actor: customer })
    expect(d).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('reports invalid state before a missing reason', () => {
    const d = decideTransition({ status: 'delivered', action: 'reject', actor: staff })
    expect(d).toMatchObject({ ok: false, code: 'invalid_state' })
  })

  it('reports forbidden before a missing goldsmith', () => {
    const d = decideTransition({ status: 'accepted', action: 'assign', actor: goldsmith })
    expect(d).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('requires a reason to reject', () => {
    expect(decideTransition({ status: 'ordered', action: 'reject', actor: staff })).toEqual({
      ok: false,
      code: 'missing_field',
      field: 'reason',
      message: 'A reason is required to reject an order',
    })
  })

  it('treats a null reason as missing', () => {
    const d = decideTransition({ status: 'accepted', action: 'reject', actor: staff, reason: null })
    expect(d).toMatchObject({ ok: false, code: 'missing_field', field: 'reason' })
  })

  it('treats a blank reason as missing', () => {
    const d = decideTransition({ status: 'ordered', action: 'reject', actor: staff, reason: '  ' })
    expect(d).toMatchObject({ ok: false, code: 'missing_field', field: 'reason' })
  })

  it('requires a goldsmith to assign', () => {
    expect(decideTransition({ status: 'accepted', action: 'assign', actor: staff })).toEqual({
      ok: false,
      code: 'missing_field',
      field: 'goldsmith',
      message: 'Choose a goldsmith to assign the order to',
    })
  })

  it('treats a null or blank goldsmith as missing', () => {
    const fields = [null, '', ' '].map((g) => {
      const d = decideTransition({
        status: 'accepted',
        action: 'assign',
        actor: staff,
        goldsmith: g,
      })
      return d.ok ? 'ok' : d.field
    })
    expect(fields).toEqual(['goldsmith', 'goldsmith', 'goldsmith'])
  })

  it('accepts a numeric goldsmith id', () => {
    const d = decideTransition({ status: 'accepted', action: 'assign', actor: staff, goldsmith: 7 })
    expect(d).toEqual({
      ok: true,
      to: 'under_process',
      timestampField: 'assignedAt',
      note: 'writersChoice',
    })
  })

  it('allows re-assigning an order that is under process', () => {
    const d = decideTransition({
      status: 'under_process',
      action: 'assign',
      actor: { role: 'admin', isPlacer: false, isAssignedGoldsmith: false },
      goldsmith: 'g2',
    })
    expect(d).toEqual({
      ok: true,
      to: 'under_process',
      timestampField: 'assignedAt',
      note: 'writersChoice',
    })
  })

  it('ignores the reason and goldsmith for actions that do not need them', () => {
    const d = decideTransition({ status: 'ordered', action: 'accept', actor: staff })
    expect(d).toEqual({
      ok: true,
      to: 'accepted',
      timestampField: 'acceptedAt',
      note: 'writersChoice',
    })
  })
})

describe('decideTransition messages', () => {
  it('says a completed order must be under process first', () => {
    const d = decideTransition({ status: 'accepted', action: 'complete', actor: staff })
    expect(!d.ok && d.message).toBe(
      "Cannot complete an order that is 'accepted'; it must be 'under_process' first",
    )
  })

  it('says which states allow an action that is already past', () => {
    const d = decideTransition({
      status: 'dispatched',
      action: 'reject',
      actor: staff,
      reason: 'x',
    })
    expect(!d.ok && d.message).toBe(
      "Cannot reject an order that is 'dispatched'; only 'ordered' or 'accepted' orders can be rejected",
    )
  })

  it('says who can cancel', () => {
    const d = decideTransition({ status: 'ordered', action: 'cancel', actor: goldsmith })
    expect(!d.ok && d.message).toBe(
      'Only staff or the customer or vendor who placed the order can cancel it',
    )
  })

  it('tells staff which orders they can cancel, and the placer which they can', () => {
    const byStaff = decideTransition({ status: 'completed', action: 'cancel', actor: staff })
    expect(!byStaff.ok && byStaff.message).toBe(
      "Cannot cancel an order that is 'completed'; only 'accepted' or 'under_process' orders can be cancelled",
    )
    const byPlacer = decideTransition({ status: 'accepted', action: 'cancel', actor: customer })
    expect(!byPlacer.ok && byPlacer.message).toBe(
      "Cannot cancel an order that is 'accepted'; only 'ordered' orders can be cancelled",
    )
  })

  it('says only staff can accept', () => {
    const d = decideTransition({ status: 'ordered', action: 'accept', actor: customer })
    expect(!d.ok && d.message).toBe('Only staff can accept an order')
  })

  it('says staff or the assigned goldsmith can complete', () => {
    const other: Actor = { role: 'goldsmith', isPlacer: false, isAssignedGoldsmith: false }
    const d = decideTransition({ status: 'under_process', action: 'complete', actor: other })
    expect(!d.ok && d.message).toBe(
      'Only staff or the goldsmith assigned to the order can complete it',
    )
  })
})

describe('transitions table', () => {
  it('lists what each move needs besides the action, and nothing else', () => {
    const needs = orderActions.flatMap((a) =>
      Object.entries(transitions[a].by).flatMap(([party, move]) =>
        move.requires ? [[a, party, move.requires]] : [],
      ),
    )
    expect(needs).toEqual([
      ['reject', 'staff', 'reason'],
      ['assign', 'staff', 'goldsmith'],
      ['cancel', 'staff', 'reason'],
      ['hold', 'staff', 'reason'],
      ['rework', 'staff', 'note'],
    ])
  })
})

describe('historyNote', () => {
  it('records a rejection’s reason for the buyer, whatever audience was sent', () => {
    expect(
      historyNote(
        'reasonForBuyer',
        { reason: ' Out of stock ', note: 'x', noteVisibility: 'internal' },
        'staff',
      ),
    ).toEqual({ ok: true, note: 'Out of stock', noteVisibility: 'buyer' })
  })

  it('records the writer’s note for the audience they chose, and nothing for no note', () => {
    expect(
      historyNote('writersChoice', { note: 'Rush', noteVisibility: 'internal' }, 'staff'),
    ).toEqual({
      ok: true,
      note: 'Rush',
      noteVisibility: 'internal',
    })
    expect(historyNote('writersChoice', { note: '  ' }, 'staff')).toEqual({
      ok: true,
      note: null,
      noteVisibility: null,
    })
  })

  it('refuses an audience the writer may not choose, or none', () => {
    expect(
      historyNote('writersChoice', { note: 'Sorry', noteVisibility: 'karigar' }, 'placer').ok,
    ).toBe(false)
    expect(historyNote('writersChoice', { note: 'Done' }, 'goldsmith').ok).toBe(false)
  })
})

describe('orderProgress', () => {
  const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T06:00:00.000Z`
  const readyBy = '2026-02-20T12:00:00.000Z'
  const states = (steps: ProgressStep[]) => steps.map((s) => `${s.status}:${s.state}`)

  it('shows every step of the journey: done with dates, the current one, and those to come', () => {
    const steps = orderProgress({
      status: 'accepted',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'accepted', at: at(2) },
      ],
      readyBy,
    })
    expect(states(steps)).toEqual([
      'ordered:done',
      'accepted:current',
      'under_process:upcoming',
      'completed:upcoming',
      'dispatched:upcoming',
      'delivered:upcoming',
    ])
    expect(steps.map((s) => s.at)).toEqual([at(1), at(2), null, null, null, null])
  })

  it("dates a step by the move into it, not by a buyer's change while placed", () => {
    const steps = orderProgress({
      status: 'ordered',
      history: [
        { to: 'ordered', at: at(1) },
        { from: 'ordered', to: 'ordered', at: at(3) },
      ],
      readyBy,
    })
    expect(steps[0]).toMatchObject({ status: 'ordered', state: 'current', at: at(1) })
  })

  it('puts the ready date on the ready step until the piece is made', () => {
    const open = orderProgress({
      status: 'ordered',
      history: [{ to: 'ordered', at: at(1) }],
      readyBy,
    })
    expect(open.filter((s) => s.due).map((s) => [s.status, s.due])).toEqual([
      ['completed', readyBy],
    ])
    const made = orderProgress({
      status: 'completed',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'accepted', at: at(2) },
        { to: 'under_process', at: at(3) },
        { to: 'completed', at: at(9) },
      ],
      readyBy,
    })
    expect(made[3]).toEqual({ status: 'completed', state: 'current', at: at(9), due: null })
    const dispatched = orderProgress({
      status: 'dispatched',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'completed', at: at(9) },
        { to: 'dispatched', at: at(10) },
      ],
      readyBy,
    })
    expect(dispatched[3]).toMatchObject({ state: 'done', due: null })
  })

  it('marks the last step done once delivered, and takes the latest date of a step reached twice', () => {
    const steps = orderProgress({
      status: 'delivered',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'accepted', at: at(2) },
        { to: 'under_process', at: at(3) },
        { to: 'under_process', at: at(4) },
        { to: 'completed', at: at(5) },
        { to: 'dispatched', at: at(6) },
        { to: 'delivered', at: at(7) },
      ],
    })
    expect(steps.every((s) => s.state === 'done')).toBe(true)
    expect(steps[2]!.at).toBe(at(4))
  })

  it('ends a declined or cancelled order where it stopped, with nothing after', () => {
    const declined = orderProgress({
      status: 'rejected',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'accepted', at: at(2) },
        { to: 'rejected', at: at(3) },
      ],
      readyBy,
    })
    expect(states(declined)).toEqual(['ordered:done', 'accepted:done', 'rejected:stopped'])
    expect(declined[2]!.at).toBe(at(3))
    const cancelled = orderProgress({
      status: 'cancelled',
      history: [
        { to: 'ordered', at: at(1) },
        { to: 'cancelled', at: at(2) },
      ],
    })
    expect(states(cancelled)).toEqual(['ordered:done', 'cancelled:stopped'])
  })
})

describe('parseBenchQuery', () => {
  it('reads the work list filter, defaulting to work in progress', () => {
    expect(parseBenchQuery({ work: 'done' }).filter).toBe('done')
    expect(parseBenchQuery({ work: 'in-progress' }).filter).toBe('in-progress')
    for (const work of [undefined, 'toString', ['done'], 'all'])
      expect(parseBenchQuery({ work }).filter).toBe('in-progress')
  })

  it('reads the page, defaulting to the first', () => {
    expect(parseBenchQuery({ page: '3' }).page).toBe(3)
    for (const page of [undefined, '0', '-2', '1.5', 'x', '99999', ['2']])
      expect(parseBenchQuery({ page }).page).toBe(1)
  })
})

describe('holds, resumes and rework', () => {
  it('resumes an order to the status it was held from', () => {
    for (const was of ['accepted', 'under_process'] as const) {
      const d = decideTransition({
        status: 'on_hold',
        action: 'resume',
        actor: staff,
        heldFrom: was,
      })
      expect(d).toMatchObject({ ok: true, to: was, timestampField: 'resumedAt' })
    }
  })

  it('refuses to resume when the history does not say where the order was', () => {
    const d = decideTransition({ status: 'on_hold', action: 'resume', actor: staff })
    expect(d).toMatchObject({ ok: false, code: 'invalid_state' })
  })

  it('reads where an order was held from its latest hold', () => {
    expect(
      heldFrom([
        { action: 'place', from: null },
        { action: 'hold', from: 'accepted' },
        { action: 'resume', from: 'on_hold' },
        { action: 'assign', from: 'accepted' },
        { action: 'hold', from: 'under_process' },
      ]),
    ).toBe('under_process')
    expect(heldFrom([{ action: 'place', from: null }])).toBeNull()
  })

  it('requires a reason to hold or cancel as staff, and a note for the karigar to rework', () => {
    expect(decideTransition({ status: 'accepted', action: 'hold', actor: staff })).toMatchObject({
      ok: false,
      field: 'reason',
      message: 'A reason is required to hold an order',
    })
    expect(
      decideTransition({ status: 'under_process', action: 'cancel', actor: staff, reason: ' ' }),
    ).toMatchObject({ ok: false, field: 'reason' })
    expect(decideTransition({ status: 'completed', action: 'rework', actor: staff })).toMatchObject(
      { ok: false, field: 'note' },
    )
    expect(requirementOf('rework', staff)).toBe('note')
    expect(requirementOf('cancel', staff)).toBe('reason')
    expect(requirementOf('cancel', customer)).toBeNull()
  })

  it('lets the placer cancel without a reason while placed', () => {
    const d = decideTransition({ status: 'ordered', action: 'cancel', actor: customer })
    expect(d).toMatchObject({ ok: true, to: 'cancelled', note: 'writersChoice' })
  })

  it('records a staff cancel or hold reason for the buyer, and a rework note for the karigar', () => {
    const cancel = decideTransition({
      status: 'accepted',
      action: 'cancel',
      actor: staff,
      reason: 'x',
    })
    expect(cancel).toMatchObject({ ok: true, note: 'reasonForBuyer' })
    expect(historyNote('noteForKarigar', { note: ' Resize to 14 ' }, 'staff')).toEqual({
      ok: true,
      note: 'Resize to 14',
      noteVisibility: 'karigar',
    })
    expect(
      historyNote('noteForKarigar', { note: 'Resize', noteVisibility: 'buyer' }, 'staff').ok,
    ).toBe(false)
  })

  it('offers staff resume (and nothing else) on an order on hold', () => {
    expect(allowedActions('on_hold', staff)).toEqual(['resume'])
    expect(allowedActions('on_hold', goldsmith)).toEqual([])
    expect(allowedActions('on_hold', customer)).toEqual([])
  })

  it('offers staff hold, cancel and reassignment while the piece is being made', () => {
    expect(allowedActions('under_process', staff)).toEqual(['assign', 'complete', 'cancel', 'hold'])
    expect(allowedActions('completed', staff)).toEqual(['dispatch', 'rework'])
  })
})

describe('orderProgress on hold', () => {
  const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T10:00:00.000Z`
  it('shows the step the order was held at as held, the rest to come', () => {
    const steps = orderProgress({
      status: 'on_hold',
      history: [
        { action: 'place', to: 'ordered', at: at(1) },
        { action: 'accept', from: 'ordered', to: 'accepted', at: at(2) },
        { action: 'assign', from: 'accepted', to: 'under_process', at: at(3) },
        { action: 'hold', from: 'under_process', to: 'on_hold', at: at(4) },
      ],
      readyBy: '2026-02-20',
    })
    expect(steps.map((s) => `${s.status}:${s.state}`)).toEqual([
      'ordered:done',
      'accepted:done',
      'under_process:held',
      'completed:upcoming',
      'dispatched:upcoming',
      'delivered:upcoming',
    ])
    expect(steps[3]!.due).toBe('2026-02-20')
  })
})
