import type { PayloadRequest } from 'payload'

/** Staff roles, declared once: select options, checks and tests derive from this list. */
export const staffRoles = ['admin', 'staff'] as const
export type StaffRole = (typeof staffRoles)[number]

/** The lifecycle of a retail jeweller's account. Only `approved` vendors may see prices or order. */
export const vendorStatuses = ['pending', 'approved', 'rejected', 'disabled'] as const
export type VendorStatus = (typeof vendorStatuses)[number]

/** One auth collection per kind of person; the slug is the kind. */
export const peopleCollections = ['users', 'customers', 'vendors', 'goldsmiths'] as const
export type PeopleCollection = (typeof peopleCollections)[number]

type User = PayloadRequest['user']

export const isStaffUser = (user: User): boolean =>
  user?.collection === 'users' && staffRoles.includes(user.role)

export const isAdminUser = (user: User): boolean =>
  user?.collection === 'users' && user.role === 'admin'

export const isApprovedVendorUser = (user: User): boolean =>
  user?.collection === 'vendors' && user.status === 'approved'

export const isActiveGoldsmithUser = (user: User): boolean =>
  user?.collection === 'goldsmiths' && user.active !== false
