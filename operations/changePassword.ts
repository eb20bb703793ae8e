import type { PayloadRequest } from 'payload'

import type { StorefrontCollection } from '@/lib/accounts'
import { passwordProblem } from '@/lib/password'

import { passwordMatches } from './checkPassword'
import { clearLoginAttempts, countLoginAttempt } from './throttle'

export type ChangePasswordRefusal =
  'not_signed_in' | 'invalid_password' | 'wrong_password' | 'throttled'

export type ChangePasswordResult =
  | { ok: true }
  | {
      ok: false
      refusal: ChangePasswordRefusal
      message: string
      field?: 'currentPassword' | 'password'
      msBeforeNext?: number
    }

/**
 * The signed-in person replaces their own password, proving they know the current one. The proof
 * is a sign-in attempt and is throttled as one (per account and client), so a borrowed session
 * cannot be used to guess the password. Payload's update then keeps this session and ends every
 * other one; for a karigar it also counts as choosing their own password.
 */
export const changePassword = async (
  req: PayloadRequest,
  collection: StorefrontCollection,
  input: { currentPassword: string; password: string },
): Promise<ChangePasswordResult> => {
  const { user } = req
  if (user?.collection !== collection)
    return { ok: false, refusal: 'not_signed_in', message: 'Please sign in.' }
  const problem =
    passwordProblem(input.password) ??
    (input.password === input.currentPassword
      ? 'Choose a new password, not your current one'
      : null)
  if (problem)
    return { ok: false, refusal: 'invalid_password', message: problem, field: 'password' }
  const counted = await countLoginAttempt(req, collection, user.email)
  if (!counted.ok) {
    return {
      ok: false,
      refusal: 'throttled',
      message: 'Too many attempts.',
      msBeforeNext: counted.msBeforeNext,
    }
  }
  if (!(await passwordMatches(req.payload, collection, user.email, input.currentPassword))) {
    return {
      ok: false,
      refusal: 'wrong_password',
      message: 'That is not your current password.',
      field: 'currentPassword',
    }
  }
  await clearLoginAttempts(req, collection, user.email)
  await req.payload.update({
    collection,
    id: user.id,
    data: { password: input.password },
    req,
    overrideAccess: false,
  })
  return { ok: true }
}
