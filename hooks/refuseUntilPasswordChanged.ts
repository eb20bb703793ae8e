import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/** The refusal a goldsmith still on its temporary password gets from orders and notifications. */
export class PasswordChangeRequired extends APIError {
  constructor() {
    super(
      'Please set a new password first: PATCH your own goldsmith account with a new password.',
      403,
      { field: 'password' },
      true,
    )
  }
}

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
