import { describe, expect, it } from 'vitest'

import { orderActions } from './orderStatus'
import {
  notificationAudience,
  notificationHref,
  notificationMessage,
  notificationTypes,
  orderActionNotifications,
  staffNotificationHref,
} from './notifications'

describe('notifications', () => {
  it('raises a notification for every order action staff take', () => {
    expect(Object.keys(orderActionNotifications).sort()).toEqual([...orderActions].sort())
    for (const action of orderActions)
      expect(orderActionNotifications[action].byStaff.length, action).toBeGreaterThan(0)
  })

  it('tells the buyer and the karigar of a staff cancel, hold or resume, and only the karigar of a rework', () => {
    for (const action of ['cancel', 'hold', 'resume'] as const)
      expect(
        orderActionNotifications[action].byStaff.map(notificationAudience).sort(),
        action,
      ).toEqual(['goldsmith', 'placer'])
    expect(orderActionNotifications.rework.byStaff.map(notificationAudience)).toEqual(['goldsmith'])
    expect(orderActionNotifications.cancel.byOthers.map(notificationAudience)).toEqual(['staff'])
  })

  it('never tells the karigar the buyer’s reason', () => {
    for (const type of ['order_work_cancelled', 'order_work_on_hold'] as const)
      expect(notificationMessage(type, { orderId: '1', reason: 'Buyer Asha moved' })).not.toContain(
        'Asha',
      )
  })

  it('tells the goldsmith of an assignment and staff of a completion', () => {
    expect(notificationAudience('order_assigned')).toBe('goldsmith')
    expect(notificationAudience('order_completed')).toBe('staff')
  })

  it.each([
    ['order_accepted', 'placer'],
    ['order_dispatched', 'placer'],
    ['order_delivered', 'placer'],
    ['order_rejected', 'placer'],
    ['order_placed', 'staff'],
    ['vendor_registered', 'staff'],
  ] as const)('sends %s to %s', (type, audience) => {
    expect(notificationAudience(type)).toBe(audience)
  })

  it('writes a message for every type', () => {
    for (const type of notificationTypes)
      expect(notificationMessage(type, { orderId: '27112601' }).length).toBeGreaterThan(10)
  })

  it('names the order in an assignment but nothing about the buyer', () => {
    const message = notificationMessage('order_assigned', {
      orderId: '27112601',
      vendorName: 'Shree Jewellers',
    })
    expect(message).toContain('27112601')
    expect(message).not.toContain('Shree')
  })

  it('tells the buyer the ready date on acceptance, and what it was when staff moved it', () => {
    expect(
      notificationMessage('order_accepted', { orderId: '27112601', readyBy: '2026-02-14' }),
    ).toBe(
      'Order 27112601 is accepted and will go to our workshop. It will be ready by 14 Feb 2026.',
    )
    expect(
      notificationMessage('order_accepted', {
        orderId: '27112601',
        readyBy: '2026-02-20',
        previousReadyBy: '2026-02-14',
      }),
    ).toContain('Its ready date is now 20 Feb 2026 (it was 14 Feb 2026).')
  })

  it('includes a rejection reason for the buyer', () => {
    expect(
      notificationMessage('order_rejected', { orderId: '1', reason: 'Out of stock' }),
    ).toContain('Out of stock')
  })
})

describe('notificationHref', () => {
  it('leads to the order page by its order ID, or to the account for account news', () => {
    expect(notificationHref('24112601')).toBe('/account/orders/24112601')
    expect(notificationHref(null)).toBe('/account')
  })
})

describe('staffNotificationHref', () => {
  it('sends staff to the order, else the vendor, in the admin', () => {
    expect(staffNotificationHref(12, 3)).toBe('/admin/collections/orders/12')
    expect(staffNotificationHref(null, 3)).toBe('/admin/collections/vendors/3')
  })

  it('falls back to the dashboard for news with neither', () => {
    expect(staffNotificationHref()).toBe('/admin')
  })
})
