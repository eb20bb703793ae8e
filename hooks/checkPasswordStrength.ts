import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { passwordProblem } from '@/lib/password'

/** Refuses a weak password on sign-up and on every password change, naming the field. */
export const checkPasswordStrength: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  const password = data?.password
  if (typeof password !== 'string') return data
  const problem = passwordProblem(password)
  if (problem) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'password', message: problem }] },
      req.t,
    )
  }
  return data
}
