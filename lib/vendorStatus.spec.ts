import { describe, expect, it } from 'vitest'

import { vendorStatuses } from '@/lib/accounts'

import {
  changesBeyondDecision,
  fixedIdentityChanges,
  vendorMoveNotification,
  vendorMoveProblem,
  vendorMoves,
} from './vendorStatus'

describe('vendor moves', () => {
  it('covers every status', () => {
    expect(Object.keys(vendorMoves).sort()).toEqual([...vendorStatuses].sort())
  })

  it.each([
    ['pending', 'approved'],
    ['pending', 'rejected'],
    ['pending', 'disabled'],
    ['approved', 'disabled'],
    ['disabled', 'approved'],
    ['rejected', 'approved'],
  ])('lets staff move a vendor from %s to %s', (from, to) => {
    expect(vendorMoveProblem(from, to)).toBeNull()
  })

  it.each([
    ['approved', 'pending'],
    ['approved', 'rejected'],
    ['disabled', 'pending'],
  ])('refuses %s to %s, naming the allowed moves', (from, to) => {
    expect(vendorMoveProblem(from, to)).toMatch(/can only be/)
  })

  it('tells the vendor of approval, rejection and disabling, and of nothing when unchanged', () => {
    expect(vendorMoveNotification('pending', 'approved')).toBe('vendor_approved')
    expect(vendorMoveNotification('disabled', 'approved')).toBe('vendor_approved')
    expect(vendorMoveNotification('pending', 'rejected')).toBe('vendor_rejected')
    expect(vendorMoveNotification('approved', 'disabled')).toBe('vendor_disabled')
    expect(vendorMoveNotification('approved', 'approved')).toBeNull()
  })
})

describe('fixedIdentityChanges', () => {
  const before = { businessName: 'Kiran Jewellers', gstNumber: '27AAPFU0939F1ZV' }

  it('names the business name and GSTIN an approved vendor tries to change', () => {
    expect(
      fixedIdentityChanges('approved', before, {
        businessName: 'Other Gold',
        gstNumber: '29AAGCB7383J1Z4',
        city: 'Pune',
      }),
    ).toEqual(['businessName', 'gstNumber'])
  })

  it('lets an approved vendor send them unchanged (a form posts every field)', () => {
    expect(
      fixedIdentityChanges('approved', before, { ...before, gstNumber: '27aapfu0939f1zv ' }),
    ).toEqual([])
  })

  it('lets a pending vendor correct them before approval', () => {
    expect(fixedIdentityChanges('pending', before, { businessName: 'Kiran & Sons' })).toEqual([])
  })
})

describe('changesBeyondDecision', () => {
  const before = {
    id: 7,
    businessName: 'Shree Gold',
    city: 'Surat',
    status: 'pending',
    email: 'a@b.in',
  }

  it('finds nothing when only the decision changes', () => {
    expect(changesBeyondDecision(before, { status: 'approved', decisionNote: 'Welcome' })).toEqual(
      [],
    )
  })

  it('ignores details sent back unchanged, as the admin form does', () => {
    expect(
      changesBeyondDecision(before, {
        ...before,
        status: 'rejected',
        updatedAt: 'now',
        collection: 'vendors',
      }),
    ).toEqual([])
  })

  it('names each detail sent with a new value', () => {
    expect(
      changesBeyondDecision(before, { status: 'approved', city: 'Pune', email: 'x@y.in' }),
    ).toEqual(['city', 'email'])
  })

  it('always counts a new password, which the document never shows', () => {
    expect(changesBeyondDecision(before, { password: 'Another-pass-2026' })).toEqual(['password'])
  })

  it('counts a field the document did not have', () => {
    expect(changesBeyondDecision(before, { savedAddresses: [{ line: 'x' }] })).toEqual([
      'savedAddresses',
    ])
  })
})
