import type { PayloadRequest } from 'payload'

import { staffRoles } from '@/lib/accounts'

type User = PayloadRequest['user']

export const isStaffUser = (user: User): boolean =>
  user?.collection === 'users' && staffRoles.includes(user.role)

export const isAdminUser = (user: User): boolean =>
  user?.collection === 'users' && user.role === 'admin'

export const isApprovedVendorUser = (user: User): boolean =>
  user?.collection === 'vendors' && user.status === 'approved'

export const isActiveGoldsmithUser = (user: User): boolean =>
  user?.collection === 'goldsmiths' && user.active !== false
