import { describe, expect, it } from 'vitest'

import { vendorStatuses } from '@/access/roles'

import { vendorMoveNotification, vendorMoveProblem, vendorMoves } from './vendorStatus'

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
