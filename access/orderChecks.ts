import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { readsNote } from '@/lib/noteAudience'
import { idOf } from '@/lib/queryInput'

import { isActiveGoldsmithUser, isApprovedVendorUser, isStaffUser } from './roles'

type User = PayloadRequest['user']
type PlacedBy = { relationTo?: string; value?: unknown } | null | undefined

/** Whether `user` is the customer or vendor who placed the order. */
export const isPlacerOf = (doc: { placedBy?: PlacedBy } | undefined, user: User): boolean =>
  !!user &&
  doc?.placedBy?.relationTo === user.collection &&
  String(idOf(doc.placedBy.value)) === String(user.id)

/** Whether `user` is the active goldsmith the order is assigned to now. */
export const isAssignedGoldsmithOf = (
  doc: { assignedGoldsmith?: unknown } | undefined,
  user: User,
): boolean =>
  isActiveGoldsmithUser(user) && String(idOf(doc?.assignedGoldsmith)) === String(user!.id)

/** Whether `user` wrote a history entry (its `actor`), whatever kind of account they are. */
const isWriterOf = (actor: PlacedBy, user: User): boolean =>
  !!user && actor?.relationTo === user.collection && String(idOf(actor.value)) === String(user.id)

/**
 * Orders placed by the signed-in customer or vendor.
 * @returns a `Where` on the polymorphic `placedBy`, `false` for anyone else
 */
export const isOrderPlacer: Access = ({ req: { user } }) => {
  if (user?.collection !== 'customers' && user?.collection !== 'vendors') return false
  const placedBy: Where[] = [
    { 'placedBy.relationTo': { equals: user.collection } },
    { 'placedBy.value': { equals: user.id } },
  ]
  return { and: placedBy }
}

/**
 * Orders assigned to the signed-in, active goldsmith.
 * @returns a `Where` on `assignedGoldsmith`, `false` for anyone else
 */
export const isAssignedGoldsmith: Access = ({ req: { user } }) =>
  isActiveGoldsmithUser(user) ? { assignedGoldsmith: { equals: user!.id } } : false

/** Who placed the order and how to reach them: staff and the placer, never the goldsmith. */
export const orderPartyField: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) || isPlacerOf(doc, user)

/** Prices, wastage and totals of an order: staff, and the approved vendor who placed it. */
export const orderPricesField: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) || (isApprovedVendorUser(user) && isPlacerOf(doc, user))

/** The workshop side (which goldsmith): staff and the assigned goldsmith. */
export const workshopField: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) || isAssignedGoldsmithOf(doc, user)

/**
 * A history note, by its audience (lib/noteAudience.ts): staff and its writer always; the placer
 * `buyer` notes; the goldsmith assigned now `karigar` notes. Never the other way round.
 */
export const historyNoteField: FieldAccess = ({ req: { user }, doc, siblingData }) =>
  readsNote(
    {
      isStaff: isStaffUser(user),
      isPlacer: isPlacerOf(doc, user),
      isAssignedGoldsmith: isAssignedGoldsmithOf(doc, user),
      isWriter: isWriterOf(siblingData?.actor as PlacedBy, user),
    },
    siblingData?.noteVisibility,
  )
