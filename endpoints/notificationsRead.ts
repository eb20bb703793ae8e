import type { Endpoint, PayloadRequest, Where } from 'payload'

const mine = (user: NonNullable<PayloadRequest['user']>): Where => ({
  and: [
    { 'recipient.relationTo': { equals: user.collection } },
    { 'recipient.value': { equals: user.id } },
    { read: { equals: false } },
  ],
})

const signInFirst = () =>
  Response.json({ errors: [{ message: 'Please sign in.' }] }, { status: 401 })

/** Route: GET /api/notifications/unread-count — `{ unread }` for the signed-in person. */
export const unreadCount: Endpoint = {
  path: '/unread-count',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    const { totalDocs } = await req.payload.count({
      collection: 'notifications',
      where: mine(req.user),
      req,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ unread: totalDocs })
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
      where: mine(req.user),
      data: { read: true },
      req,
      overrideAccess: false,
      user: req.user,
      depth: 0,
    })
    return Response.json({ marked: docs.length })
  },
}
