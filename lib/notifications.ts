import { adminDocHref, adminRoute } from './adminLinks'
import type { OrderAction } from './orderStatus'
import { formatDay } from './readyDate'

/** Every event that tells someone something, and who is told. */
export const notificationTypes = [
  'vendor_registered',
  'vendor_approved',
  'vendor_rejected',
  'vendor_disabled',
  'order_placed',
  'order_accepted',
  'order_assigned',
  'order_completed',
  'order_dispatched',
  'order_delivered',
  'order_rejected',
  'order_cancelled',
  'order_cancelled_by_us',
  'order_work_cancelled',
  'order_on_hold',
  'order_work_on_hold',
  'order_resumed',
  'order_work_resumed',
  'order_rework',
  'order_edited',
  'order_ready_date_changed',
  'order_due_date_changed',
  'contact_message',
] as const

export type NotificationType = (typeof notificationTypes)[number]

/**
 * The notifications each order action raises, by who took it: a buyer's cancel tells staff; a
 * staff cancel, hold or resume tells the buyer and the karigar working on it (each in their own
 * words: the karigar never reads the buyer's reason); a rework tells only the karigar.
 */
export const orderActionNotifications: Record<
  OrderAction,
  { byStaff: readonly NotificationType[]; byOthers: readonly NotificationType[] }
> = {
  accept: { byStaff: ['order_accepted'], byOthers: [] },
  assign: { byStaff: ['order_assigned'], byOthers: [] },
  complete: { byStaff: ['order_completed'], byOthers: ['order_completed'] },
  dispatch: { byStaff: ['order_dispatched'], byOthers: [] },
  deliver: { byStaff: ['order_delivered'], byOthers: [] },
  reject: { byStaff: ['order_rejected'], byOthers: [] },
  cancel: {
    byStaff: ['order_cancelled_by_us', 'order_work_cancelled'],
    byOthers: ['order_cancelled'],
  },
  hold: { byStaff: ['order_on_hold', 'order_work_on_hold'], byOthers: [] },
  resume: { byStaff: ['order_resumed', 'order_work_resumed'], byOthers: [] },
  rework: { byStaff: ['order_rework'], byOthers: [] },
}

/** Who hears that staff moved an order's ready date: the buyer, and the karigar (their due date). */
export const readyDateNotifications = [
  'order_ready_date_changed',
  'order_due_date_changed',
] as const satisfies readonly NotificationType[]

/** Events emailed once to the shop's contact address (site settings) rather than to each recipient. */
export const emailedToShop: readonly NotificationType[] = ['contact_message']

type Facts = {
  contact?: { name: string; email: string; phone?: string; message: string }
  orderId?: string | null
  vendorName?: string | null
  reason?: string | null
  itemCount?: number
  /** Days (`YYYY-MM-DD`): the ready date, and the one it replaced when staff moved it. */
  readyBy?: string | null
  previousReadyBy?: string | null
}

/** " Reason: …", when there is one. */
const because = (f: Facts, word = 'Reason') => (f.reason ? ` ${word}: ${f.reason}` : '')

/** " It will be ready by 14 Feb 2026", saying so when the date moved. */
const readyBySentence = (f: Facts) =>
  !f.readyBy
    ? ''
    : f.previousReadyBy
      ? ` Its ready date is now ${formatDay(f.readyBy)} (it was ${formatDay(f.previousReadyBy)}).`
      : ` It will be ready by ${formatDay(f.readyBy)}.`

type Audience = 'staff' | 'placer' | 'goldsmith' | 'vendor'

/**
 * Every event in one table: who hears of it (all staff, the order's placer, its goldsmith, or the
 * vendor concerned), the email's headline, and the message. A message says only what every
 * audience of that event may know: a goldsmith's names the order and the work, never the buyer or
 * a price.
 */
const notificationTable: Record<
  NotificationType,
  { audience: Audience; headline: string; message: (facts: Facts, order: string) => string }
> = {
  vendor_registered: {
    audience: 'staff',
    headline: 'New vendor registration',
    message: (f) =>
      `New vendor registration: ${f.vendorName ?? 'a retailer'} is waiting for approval.`,
  },
  vendor_approved: {
    audience: 'vendor',
    headline: 'Your vendor account is approved',
    message: (f) =>
      `Your vendor account is approved. You can now see prices and place orders.${f.reason ? ` Note: ${f.reason}` : ''}`,
  },
  vendor_rejected: {
    audience: 'vendor',
    headline: 'About your vendor registration',
    message: (f) =>
      `Your vendor registration was not approved.${f.reason ? ` Reason: ${f.reason}` : ''}`,
  },
  vendor_disabled: {
    audience: 'vendor',
    headline: 'Your vendor account is disabled',
    message: (f) =>
      `Your vendor account is disabled; you cannot sign in or order until we re-enable it.${f.reason ? ` Reason: ${f.reason}` : ''}`,
  },
  order_placed: {
    audience: 'staff',
    headline: 'New order',
    message: (f, order) =>
      `${order} was placed${f.itemCount ? ` with ${f.itemCount} item${f.itemCount === 1 ? '' : 's'}` : ''}.`,
  },
  order_accepted: {
    audience: 'placer',
    headline: 'Your order is accepted',
    message: (f, order) => `${order} is accepted and will go to our workshop.${readyBySentence(f)}`,
  },
  order_assigned: {
    audience: 'goldsmith',
    headline: 'New work assigned to you',
    message: (_f, order) => `${order} is assigned to you.`,
  },
  order_completed: {
    audience: 'staff',
    headline: 'Order completed by the workshop',
    message: (_f, order) => `${order} is completed by the workshop and ready to dispatch.`,
  },
  order_dispatched: {
    audience: 'placer',
    headline: 'Your order is on its way',
    message: (_f, order) => `${order} is on its way.`,
  },
  order_delivered: {
    audience: 'placer',
    headline: 'Your order is delivered',
    message: (_f, order) => `${order} is delivered. Thank you!`,
  },
  order_rejected: {
    audience: 'placer',
    headline: 'About your order',
    message: (f, order) =>
      `${order} could not be accepted.${f.reason ? ` Reason: ${f.reason}` : ''}`,
  },
  order_cancelled: {
    audience: 'staff',
    headline: 'Order cancelled',
    message: (_f, order) => `${order} was cancelled by the buyer.`,
  },
  order_cancelled_by_us: {
    audience: 'placer',
    headline: 'Your order is cancelled',
    message: (f, order) => `${order} is cancelled.${because(f)}`,
  },
  order_work_cancelled: {
    audience: 'goldsmith',
    headline: 'Work cancelled',
    message: (_f, order) => `${order} is cancelled: please stop work on it.`,
  },
  order_on_hold: {
    audience: 'placer',
    headline: 'Your order is on hold',
    message: (f, order) => `${order} is on hold.${because(f)}`,
  },
  order_work_on_hold: {
    audience: 'goldsmith',
    headline: 'Work on hold',
    message: (_f, order) => `${order} is on hold: please pause work on it until we resume it.`,
  },
  order_resumed: {
    audience: 'placer',
    headline: 'Your order is back in progress',
    message: (_f, order) => `${order} is no longer on hold and is back in progress.`,
  },
  order_work_resumed: {
    audience: 'goldsmith',
    headline: 'Work resumed',
    message: (_f, order) => `${order} is off hold: please carry on with it.`,
  },
  order_rework: {
    audience: 'goldsmith',
    headline: 'Work back for rework',
    message: (f, order) => `${order} is back on your bench for rework.${because(f, 'Note')}`,
  },
  order_edited: {
    audience: 'staff',
    headline: 'Order changed by the buyer',
    message: (_f, order) => `${order} was changed by the buyer; please review it.`,
  },
  order_ready_date_changed: {
    audience: 'placer',
    headline: 'Your order’s ready date changed',
    message: (f, order) => `${order} has a new ready date.${readyBySentence(f)}`,
  },
  order_due_date_changed: {
    audience: 'goldsmith',
    headline: 'Due date changed',
    message: (f, order) =>
      f.readyBy ? `${order} is now due ${formatDay(f.readyBy)}.` : `${order} has a new due date.`,
  },
  contact_message: {
    audience: 'staff',
    headline: 'New contact message',
    message: (f) =>
      f.contact
        ? `Message from ${f.contact.name} (${[f.contact.email, f.contact.phone].filter(Boolean).join(', ')}): ${f.contact.message}`
        : 'A new message arrived through the contact form.',
  },
}

/** Who hears of each event. */
export const notificationAudience = (type: NotificationType): Audience =>
  notificationTable[type].audience

/** The email headline of each event (its subject, with the order ID when there is one). */
export const notificationHeadline = (type: NotificationType): string =>
  notificationTable[type].headline

/** The message for an event, in app and by email. */
export const notificationMessage = (type: NotificationType, facts: Facts): string =>
  notificationTable[type].message(facts, `Order ${facts.orderId ?? ''}`.trim())

/**
 * Where a notification leads on the storefront: its order's page (by the human order ID, as
 * `/account/orders/[orderId]` expects), or the account page for account news.
 */
export const notificationHref = (orderId?: string | null): string =>
  orderId ? `/account/orders/${encodeURIComponent(orderId)}` : '/account'

/**
 * Where a notification leads a staff member: its order or vendor in the admin, else the admin's
 * dashboard (staff have no storefront account pages).
 */
export const staffNotificationHref = (
  order?: number | string | null,
  vendor?: number | string | null,
): string =>
  order != null
    ? adminDocHref('orders', order)
    : vendor != null
      ? adminDocHref('vendors', vendor)
      : adminRoute

/** One notification as the bell and the notifications page show it. */
export type NotificationView = {
  id: number | string
  type: NotificationType
  headline: string
  message: string
  read: boolean
  createdAt: string
  href: string
}

/** A page of the signed-in person's notifications, newest first, with their unread count. */
export type NotificationFeed = {
  docs: NotificationView[]
  unread: number
  page: number
  totalPages: number
  totalDocs: number
}

// The live stream's timing lives apart, so the bell in every page's JavaScript loads only it.
export * from './notificationStream'
