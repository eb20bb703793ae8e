import { describe, expect, it } from 'vitest'

import { parseOrderEdit, parseOrderInput } from './orderInput'

const valid = {
  items: [{ product: 3, quantity: 2, size: '14', notes: 'Engrave "A"' }],
  customerSnapshot: {
    phone: '98765 43210',
    address: '12 MG Road, Jaipur, Rajasthan',
    pincode: '302001',
  },
  instructions: 'Gift wrap',
}

const problemPaths = (body: unknown) => {
  const result = parseOrderInput(body)
  return result.ok ? [] : result.problems.map((p) => p.path)
}

describe('parseOrderInput', () => {
  it('accepts a well-formed order and normalises the phone', () => {
    const result = parseOrderInput(valid)
    expect(result.ok && result.input.customerSnapshot?.phone).toBe('+919876543210')
  })

  it('drops fields a buyer may not set', () => {
    const result = parseOrderInput({ ...valid, status: 'delivered', orderId: 'X', totalAmount: 1 })
    expect(result.ok && Object.keys(result.input).sort()).toEqual([
      'customerSnapshot',
      'instructions',
      'items',
    ])
  })

  it.each([
    [0, 'items.0.quantity'],
    [1.5, 'items.0.quantity'],
    [101, 'items.0.quantity'],
    ['2', 'items.0.quantity'],
  ])('names the field for quantity %s', (quantity, path) => {
    expect(problemPaths({ ...valid, items: [{ product: 3, quantity }] })).toEqual([path])
  })

  it('requires delivery details', () => {
    expect(problemPaths({ items: valid.items })).toEqual(['customerSnapshot'])
  })

  it('lets the phone default to the account', () => {
    const result = parseOrderInput({
      ...valid,
      customerSnapshot: { address: '12 MG Road, Jaipur' },
    })
    expect(result.ok).toBe(true)
  })

  it('requires at least one item', () => {
    expect(problemPaths({ ...valid, items: [] })).toEqual(['items'])
  })

  it('refuses more than 50 items', () => {
    const items = Array.from({ length: 51 }, () => ({ product: 1, quantity: 1 }))
    expect(problemPaths({ ...valid, items })).toEqual(['items'])
  })

  it('names a bad phone', () => {
    expect(
      problemPaths({ ...valid, customerSnapshot: { ...valid.customerSnapshot, phone: '12345' } }),
    ).toEqual(['customerSnapshot.phone'])
  })

  it('names a too-short address and a bad PIN code together', () => {
    const snapshot = { phone: '9876543210', address: 'Jaipur', pincode: '0123' }
    expect(problemPaths({ ...valid, customerSnapshot: snapshot }).sort()).toEqual([
      'customerSnapshot.address',
      'customerSnapshot.pincode',
    ])
  })

  it('refuses instructions over 1000 characters', () => {
    expect(problemPaths({ ...valid, instructions: 'x'.repeat(1001) })).toEqual(['instructions'])
  })
})

describe('parseOrderEdit', () => {
  const editPaths = (body: unknown) => {
    const result = parseOrderEdit(body)
    return result.ok ? [] : result.problems.map((p) => p.path)
  }

  it('accepts a change of one part only', () => {
    expect(parseOrderEdit({ instructions: 'Ring first' }).ok).toBe(true)
    expect(parseOrderEdit({ items: [{ quantity: 3 }] }).ok).toBe(true)
  })

  it('checks each line as placement does, naming the field', () => {
    expect(editPaths({ items: [{ quantity: 1 }, { quantity: 0 }] })).toEqual(['items.1.quantity'])
    expect(editPaths({ items: [{ quantity: 1, notes: 'x'.repeat(501) }] })).toEqual([
      'items.0.notes',
    ])
  })

  it('checks the delivery details as placement does', () => {
    expect(editPaths({ customerSnapshot: { address: 'Jaipur', pincode: '1' } }).sort()).toEqual([
      'customerSnapshot.address',
      'customerSnapshot.pincode',
    ])
  })

  it('keeps a recipient name, trimmed', () => {
    const result = parseOrderEdit({
      customerSnapshot: { address: '12 MG Road, Jaipur', recipientName: '  Asha  ' },
    })
    expect(result.ok && result.edit.customerSnapshot?.recipientName).toBe('Asha')
  })
})
