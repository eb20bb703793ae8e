import type { PayloadRequest } from 'payload'

import { isAssignedGoldsmithOf, isPlacerOf } from './orderChecks'
import { isStaffUser } from './roles'
import type { NoteWriter } from '@/lib/noteAudience'
import type { Actor } from '@/lib/orderStatus'
import type { HistoryActorRole } from '@/lib/accounts'

type User = PayloadRequest['user']

/** The kind of person acting, as recorded in an order's history. */
export const actorRoleOf = (user: User): HistoryActorRole => {
  if (isStaffUser(user)) return 'staff'
  if (user?.collection === 'vendors') return 'vendor'
  if (user?.collection === 'goldsmiths') return 'goldsmith'
  return 'customer'
}

/** The user as the status machine sees them, relative to one order. */
export const actorOf = (
  user: NonNullable<User>,
  order: { placedBy?: unknown; assignedGoldsmith?: unknown },
): Actor => {
  const kind = actorRoleOf(user)
  return {
    role: kind === 'staff' && user.collection === 'users' && user.role === 'admin' ? 'admin' : kind,
    isPlacer: isPlacerOf(order as Parameters<typeof isPlacerOf>[0], user),
    isAssignedGoldsmith: isAssignedGoldsmithOf(order, user),
  }
}

/** Which kind of note writer an actor is (lib/noteAudience.ts): staff, the buyer, or the karigar. */
export const noteWriterOf = (actor: Actor): NoteWriter =>
  actor.role === 'staff' || actor.role === 'admin'
    ? 'staff'
    : actor.role === 'goldsmith'
      ? 'goldsmith'
      : 'placer'
