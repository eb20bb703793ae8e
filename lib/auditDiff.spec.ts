import { describe, expect, it } from 'vitest'

import { auditChanges, auditSummary, isAudited } from './auditDiff'

describe('auditChanges', () => {
  it('lists each changed field with its value before and after', () => {
    expect(auditChanges({ name: 'Ring', price: 10 }, { name: 'Ring', price: 12 })).toEqual([
      { field: 'price', before: 10, after: 12 },
    ])
  })

  it('treats a create as every field going from null', () => {
    expect(auditChanges(null, { name: 'Ring', featured: false })).toEqual([
      { field: 'featured', before: null, after: false },
      { field: 'name', before: null, after: 'Ring' },
    ])
  })

  it('treats a delete as every field going to null', () => {
    expect(auditChanges({ name: 'Ring' }, undefined)).toEqual([
      { field: 'name', before: 'Ring', after: null },
    ])
  })

  it('never records passwords, hashes, salts, tokens or sessions', () => {
    const secret = {
      password: 'a',
      hash: 'h',
      salt: 's',
      resetPasswordToken: 't',
      _verificationToken: 'v',
      sessions: [{ id: 'x' }],
      apiKey: 'k',
      loginAttempts: 1,
    }
    expect(auditChanges({}, secret)).toEqual([])
    expect(auditChanges(secret, { ...secret, name: 'n' })).toEqual([
      { field: 'name', before: null, after: 'n' },
    ])
  })

  it('ignores bookkeeping dates and key order inside nested values', () => {
    expect(
      auditChanges(
        { updatedAt: '2024-01-01', contact: { email: 'a@b.c', phone: '1' } },
        { updatedAt: '2025-01-01', contact: { phone: '1', email: 'a@b.c' } },
      ),
    ).toEqual([])
  })

  it('sees a change inside an array', () => {
    const [change] = auditChanges(
      { history: [{ to: 'ordered' }] },
      {
        history: [{ to: 'ordered' }, { to: 'accepted' }],
      },
    )
    expect(change.field).toBe('history')
  })

  it('records a populated related document as its id, never its contents', () => {
    const setter = { id: 7, email: 'a@x.in', sessions: [{ id: 's1' }], createdAt: '2026-01-01' }
    const changes = auditChanges(
      { updatedBy: 3, buyer: { relationTo: 'vendors', value: 4 }, history: [{ id: 'r1', n: 1 }] },
      {
        updatedBy: setter,
        buyer: { relationTo: 'vendors', value: { ...setter, id: 5 } },
        history: [{ id: 'r1', n: 2, photo: { ...setter, id: 9 } }],
      },
    )
    expect(changes).toEqual([
      {
        field: 'buyer',
        before: { relationTo: 'vendors', value: 4 },
        after: { relationTo: 'vendors', value: 5 },
      },
      { field: 'history', before: [{ id: 'r1', n: 1 }], after: [{ id: 'r1', n: 2, photo: 9 }] },
      { field: 'updatedBy', before: 3, after: 7 },
    ])
    expect(JSON.stringify(changes)).not.toContain('sessions')
  })

  it('sees no change when a relationship is the same document, populated or not', () => {
    expect(auditChanges({ updatedBy: 7 }, { updatedBy: { id: 7, createdAt: 'x' } })).toEqual([])
  })

  it('treats missing and null as the same', () => {
    expect(auditChanges({ note: null }, {})).toEqual([])
  })
})

describe('auditSummary', () => {
  it('names the operation, the target and the changed fields', () => {
    expect(
      auditSummary('update', 'orders', 12, [
        { field: 'status', before: 'a', after: 'b' },
        { field: 'history', before: [], after: [] },
      ]),
    ).toBe('update orders 12: status, history')
  })

  it('leaves out the id of a global', () => {
    expect(auditSummary('update', 'rates', null, [])).toBe('update rates')
  })
})

describe('isAudited', () => {
  it('leaves an order placement to the order’s own history', () => {
    expect(isAudited('orders', 'create')).toBe(false)
  })

  it('audits every later change of an order, and every write of the rest', () => {
    expect(isAudited('orders', 'update')).toBe(true)
    expect(isAudited('orders', 'delete')).toBe(true)
    expect(isAudited('products', 'create')).toBe(true)
    expect(isAudited('vendors', 'create')).toBe(true)
  })
})
