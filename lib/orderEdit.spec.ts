import { describe, expect, it } from 'vitest'

import { applyOrderEdit, orderEditNote } from './orderEdit'

const current = {
  lines: [
    { name: 'Kada', quantity: 1, size: '2.6', notes: null },
    { name: 'Pendant', quantity: 2, size: null, notes: 'Engrave A' },
  ],
  delivery: {
    recipientName: null,
    phone: '+919876543210',
    address: '12 MG Road, Jaipur',
    pincode: '302001',
  },
  instructions: null,
}

describe('applyOrderEdit', () => {
  it('changes the lines sent and says what changed', () => {
    const outcome = applyOrderEdit(current, {
      items: [
        { quantity: 3, size: '2.8', notes: 'Matte' },
        { quantity: 2, size: null, notes: 'Engrave A' },
      ],
    })
    expect(outcome.ok && outcome.after.lines.map((l) => [l.quantity, l.size, l.notes])).toEqual([
      [3, '2.8', 'Matte'],
      [2, null, 'Engrave A'],
    ])
    expect(outcome.ok && outcome.changes).toEqual([
      'Kada: quantity from 1 to 3',
      'Kada: size from 2.6 to 2.8',
      'Kada: notes from none to “Matte”',
    ])
  })

  it('needs one entry per line, naming items', () => {
    const outcome = applyOrderEdit(current, { items: [{ quantity: 1 }] })
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.path)).toEqual(['items'])
  })

  it('replaces the delivery details, keeping the phone when none is sent', () => {
    const outcome = applyOrderEdit(current, {
      customerSnapshot: {
        address: '4 Park Street, Kolkata',
        pincode: '700016',
        recipientName: 'Asha',
      },
    })
    expect(outcome.ok && outcome.after.delivery).toEqual({
      recipientName: 'Asha',
      phone: '+919876543210',
      address: '4 Park Street, Kolkata',
      pincode: '700016',
    })
    expect(outcome.ok && outcome.changes).toEqual([
      'delivery address to 4 Park Street, Kolkata',
      'PIN code to 700016',
      'recipient to Asha',
    ])
  })

  it('leaves what is not sent as it was, and finds no change in a repeat', () => {
    const outcome = applyOrderEdit(current, {
      items: current.lines.map(({ quantity, size, notes }) => ({ quantity, size, notes })),
    })
    expect(outcome.ok && outcome.after).toEqual(current)
    expect(outcome.ok && outcome.changes).toEqual([])
  })

  it('changes the instructions', () => {
    const outcome = applyOrderEdit(current, { instructions: 'Call first' })
    expect(outcome.ok && outcome.changes).toEqual(['instructions to “Call first”'])
  })
})

describe('orderEditNote', () => {
  it('reads as one sentence', () =>
    expect(orderEditNote(['Kada: quantity from 1 to 3', 'PIN code to 700016'])).toBe(
      'Changed Kada: quantity from 1 to 3; PIN code to 700016.',
    ))
})
