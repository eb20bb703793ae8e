import type { GlobalBeforeChangeHook } from 'payload'

/** Records which staff member set today's rates; the version history keeps the earlier ones. */
export const recordRateSetter: GlobalBeforeChangeHook = ({ data, req }) => ({
  ...data,
  updatedBy: req.user?.collection === 'users' ? req.user.id : null,
})
