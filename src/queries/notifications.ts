import type { NotificationFeed } from '@/lib/notifications'
import { notificationFeed } from '@/operations/notificationFeed'

import { payloadClient } from './payload'
import { getViewer } from './viewer'

/** A page of the signed-in person's notifications, read as that person; null when signed out. */
export const listMyNotifications = async (
  page: number,
  limit = 20,
): Promise<NotificationFeed | null> => {
  const user = await getViewer()
  if (!user) return null
  return notificationFeed(await payloadClient(), user, { page, limit })
}
