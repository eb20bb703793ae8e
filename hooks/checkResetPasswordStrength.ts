import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { passwordProblem } from '@/lib/password'

/**
 * Payload's reset-password operation hashes the new password without running the collection's
 * field validation or seeing `password` in beforeValidate, so checkPasswordStrength never sees it.
 * This checks it first, before the token is spent.
 */
export const checkResetPasswordStrength: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem =
    typeof password === 'string' ? passwordProblem(password) : 'A new password is required'
  if (problem) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'password', message: problem }] },
      req.t,
    )
  }
  return args
}
