import type { Access, FieldAccess, Where } from 'payload'

import type { PeopleCollection } from '@/lib/accounts'
import { isAdminUser, isApprovedVendorUser, isStaffUser } from './roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

/** Admins and staff: the people who run the catalogue and the orders. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

/**
 * The signed-in person's own record. Takes the collection because access functions are not told
 * which collection they guard, and a customer's id must never match a vendor with the same id.
 * @returns a `Where` on `id` for a person of that kind, `false` for anyone else
 */
export const isSelf =
  (collection: PeopleCollection): Access =>
  ({ req: { user } }) =>
    user?.collection === collection ? { id: { equals: user.id } } : false

/** Rows whose `status` is `published`; the public face of the catalogue. */
export const isPublished: Access = () => ({ status: { equals: 'published' } })

export const nobodyField: FieldAccess = () => false

/**
 * A field of a person's own record that only they may read or change (saved addresses): not
 * staff, not admins. Takes the collection for the reason `isSelf` does.
 */
export const isSelfField =
  (collection: PeopleCollection): FieldAccess =>
  ({ req: { user }, doc, id }) =>
    user?.collection === collection && String(user.id) === String(doc?.id ?? id)

export const adminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)

export const staffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

/**
 * An admin screen only admins open (`admin.hidden`): out of the nav, and its URLs answer "nothing
 * here" to staff. The API is guarded by the collection's own access, not by this.
 */
export const hiddenUnlessAdmin = ({ user }: { user: unknown }): boolean =>
  !isAdminUser(user as Parameters<typeof isAdminUser>[0])

/** Price, wastage and making charges: staff and approved vendors only. */
export const pricesVisibleField: FieldAccess = ({ req: { user } }) =>
  isStaffUser(user) || isApprovedVendorUser(user)

export const isCustomer: Access = ({ req: { user } }) => user?.collection === 'customers'

export const isApprovedVendor: Access = ({ req: { user } }) => isApprovedVendorUser(user)

/**
 * Rows addressed to the signed-in person, whatever kind of account they are.
 * @returns a `Where` on the polymorphic `recipient`, `false` for guests
 */
export const isRecipient: Access = ({ req: { user } }) =>
  user
    ? {
        and: [
          { 'recipient.relationTo': { equals: user.collection } },
          { 'recipient.value': { equals: user.id } },
        ] as Where[],
      }
    : false
