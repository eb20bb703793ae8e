import type { Endpoint } from 'payload'

import { readWholeNumber } from '@/lib/queryInput'
import { notificationFeed, ownUnread, unreadNotifications } from '@/operations/notificationFeed'

export const signInFirst = () =>
  Response.json(
    { errors: [{ message: 'Please sign in.' }] },
    { status: 401, headers: { 'Cache-Control': 'private, no-store' } },
  )

const perPerson = { 'Cache-Control': 'private, no-store', Vary: 'Cookie' }

/** Route: GET /api/notifications/unread-count — `{ unread }` for the signed-in person. */
export const unreadCount: Endpoint = {
  path: '/unread-count',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    return Response.json(
      { unread: await unreadNotifications(req.payload, req.user) },
      { headers: perPerson },
    )
  },
}

/**
 * Route: GET /api/notifications/feed?page=&limit= — the signed-in person's notifications, newest
 * first (`limit` 1–50, default 10), each with its headline and the page it leads to; `unread`.
 */
export const feed: Endpoint = {
  path: '/feed',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    const params = new URL(req.url ?? '', 'http://x').searchParams
    const page = readWholeNumber(params.get('page'), 1, 100_000)
    const limit = readWholeNumber(params.get('limit'), 10, 50)
    if (page === null || limit === null) {
      const field = page === null ? 'page' : 'limit'
      return Response.json(
        { errors: [{ message: `${field} must be a whole number in range`, field }] },
        { status: 400 },
      )
    }
    return Response.json(await notificationFeed(req.payload, req.user, { page, limit }), {
      headers: perPerson,
    })
  },
}

/** Route: POST /api/notifications/mark-all-read — marks every unread notification of the caller. */
export const markAllRead: Endpoint = {
  path: '/mark-all-read',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    const { docs } = await req.payload.update({
      collection: 'notifications',
      where: ownUnread(req.user),
      data: { read: true },
      req,
      overrideAccess: false,
      user: req.user,
      depth: 0,
    })
    return Response.json({ marked: docs.length })
  },
}
