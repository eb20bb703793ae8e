import type { Payload, PayloadRequest, Where } from 'payload'

import type { NotificationFeed, NotificationState, NotificationType } from '@/lib/notifications'
import { notificationHeadline, notificationHref, staffNotificationHref } from '@/lib/notifications'

type Person = NonNullable<PayloadRequest['user']>

/** @returns a `Where` for the person's own notifications (as the collection's access says). */
const own = (user: Person): Where => ({
  and: [
    { 'recipient.relationTo': { equals: user.collection } },
    { 'recipient.value': { equals: user.id } },
  ],
})

/** @returns a `Where` for the person's own unread notifications. */
export const ownUnread = (user: Person): Where => ({
  and: [own(user), { read: { equals: false } }],
})

const asPerson = (user: Person) => ({ user, overrideAccess: false }) as const

/** How many of the person's notifications are unread. */
export const unreadNotifications = async (payload: Payload, user: Person): Promise<number> =>
  (await payload.count({ collection: 'notifications', where: ownUnread(user), ...asPerson(user) }))
    .totalDocs

/**
 * One page of the person's notifications, newest first, read as that person (access on), each with
 * its headline and the page it leads to (the storefront's, or the admin's for staff). The order is populated with its order ID only,
 * and only while the person may still read it (a karigar taken off an order is sent to /account).
 */
export const notificationFeed = async (
  payload: Payload,
  user: Person,
  { page, limit }: { page: number; limit: number },
): Promise<NotificationFeed> => {
  const [list, unread] = await Promise.all([
    payload.find({
      collection: 'notifications',
      where: own(user),
      sort: ['-createdAt', '-id'],
      page,
      limit,
      depth: 1,
      select: { type: true, message: true, read: true, createdAt: true, order: true, vendor: true },
      populate: { orders: { orderId: true }, vendors: { vendorId: true } },
      ...asPerson(user),
    }),
    unreadNotifications(payload, user),
  ])
  return {
    docs: list.docs.map((doc) => {
      const order = typeof doc.order === 'object' && doc.order ? doc.order : null
      return {
        id: doc.id,
        type: doc.type as NotificationType,
        headline: notificationHeadline(doc.type as NotificationType),
        message: doc.message,
        read: Boolean(doc.read),
        createdAt: doc.createdAt,
        // Staff are sent into the admin; everyone else to their storefront pages.
        href:
          user.collection === 'users'
            ? staffNotificationHref(
                order?.id,
                typeof doc.vendor === 'object' ? doc.vendor?.id : doc.vendor,
              )
            : notificationHref(order?.orderId),
      }
    }),
    unread,
    page: list.page ?? page,
    totalPages: list.totalPages,
    totalDocs: list.totalDocs,
  }
}

/** What the live stream compares between reads: the unread count and the newest notification. */
export const notificationState = async (
  payload: Payload,
  user: Person,
): Promise<NotificationState> => {
  const [latest, unread] = await Promise.all([
    payload.find({
      collection: 'notifications',
      where: own(user),
      sort: ['-createdAt', '-id'],
      limit: 1,
      pagination: false,
      depth: 0,
      select: { read: true },
      ...asPerson(user),
    }),
    unreadNotifications(payload, user),
  ])
  return { unread, latest: latest.docs[0]?.id ?? null }
}
