import type { CollectionBeforeOperationHook } from 'payload'
import { PasswordChangeRequired } from '@/access/refusals'

/**
 * Refuses every API read or write of this collection by a goldsmith that must still replace its
 * temporary password. An operation hook rather than an access check so that REST, GraphQL and the
 * custom endpoints all answer 403 with this message (an access check can only say "not allowed").
 * Internal calls that override access (notify, transitions' own writes) are not the goldsmith
 * acting, and pass.
 */
export const refuseUntilPasswordChanged: CollectionBeforeOperationHook = ({ args, req }) => {
  const { user } = req
  const overrideAccess = (args as { overrideAccess?: boolean }).overrideAccess
  if (user?.collection === 'goldsmiths' && user.mustChangePassword && !overrideAccess) {
    throw new PasswordChangeRequired()
  }
  return args
}
