import type {
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { ValidationError } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * A password set by staff is temporary: on create and on an admin reset the goldsmith must choose
 * its own at first sign-in; its own change of password clears the flag. Seeds and scripts (no
 * signed-in user) leave the flag as they set it.
 */
export const requirePasswordChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (operation === 'create') {
    return isStaffUser(user) ? { ...data, mustChangePassword: true } : data
  }
  if (typeof data.password !== 'string' || data.password === '') return data
  if (isStaffUser(user)) return { ...data, mustChangePassword: true }
  if (user?.collection === 'goldsmiths') {
    if (
      originalDoc?.mustChangePassword &&
      (await isCurrentPassword(req, originalDoc.email, data.password))
    )
      throw new ValidationError(
        {
          collection: 'goldsmiths',
          errors: [{ path: 'password', message: 'Choose a new password, not the temporary one' }],
        },
        req.t,
      )
    return { ...data, mustChangePassword: false }
  }
  return data
}

/**
 * Whether `password` is the account's current one, checked by Payload's own sign-in (its hash
 * format is its own). Inside the caller's transaction, so the session a match creates is rolled
 * back with the refused change.
 */
const isCurrentPassword = async (req: PayloadRequest, email: string, password: string) => {
  try {
    await req.payload.login({ collection: 'goldsmiths', data: { email, password }, req })
    return true
  } catch {
    return false
  }
}

/** A goldsmith who resets its password through the emailed link has chosen its own password. */
export const clearPasswordChangeOnReset: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id?: number | string } } | undefined)?.user
  if (user?.id != null) {
    await req.payload.db.updateOne({
      collection: 'goldsmiths',
      id: user.id,
      data: { mustChangePassword: false },
      req,
    })
  }
  return result
}
