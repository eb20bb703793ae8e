import type { Access, Where } from 'payload'

import { mediaInReadableOrders } from '@/operations/mediaVisibility'

import { isStaffUser } from './roles'

const shownPublicly: Where = { publiclyUsed: { equals: true } }

/**
 * Images: staff see all; everyone else those a published product, a category or the site settings
 * show, and, once signed in, those in orders they may read (a draft product's images stay private).
 */
export const canReadMedia: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return shownPublicly
  const ordered = await mediaInReadableOrders(req)
  return ordered.length ? { or: [shownPublicly, { id: { in: ordered } }] } : shownPublicly
}
