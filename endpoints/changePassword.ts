import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { StorefrontCollection } from '@/lib/accounts'
import { maxPasswordLength } from '@/lib/password'
import { changePassword, type ChangePasswordRefusal } from '@/operations/changePassword'

import { parseBody, refuse, tooManyAttempts } from './responses'

const bodySchema = z.object({
  currentPassword: z
    .string({ required_error: 'Enter your current password' })
    .min(1, 'Enter your current password')
    .max(maxPasswordLength * 4),
  password: z.string({ required_error: 'Enter a new password' }).max(maxPasswordLength * 4),
})

const statusOf: Record<Exclude<ChangePasswordRefusal, 'throttled'>, number> = {
  not_signed_in: 401,
  invalid_password: 400,
  wrong_password: 400,
}

/**
 * Route: POST /api/<collection>/change-password — `{ currentPassword, password }` for the signed-in
 * account of this kind; 400 naming `currentPassword` when it is wrong, 429 when throttled.
 */
export const changePasswordEndpoint = (collection: StorefrontCollection): Endpoint => ({
  path: '/change-password',
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== collection) return refuse(401, 'Please sign in.')
    const parsed = await parseBody(req, bodySchema)
    if (!parsed.ok) return parsed.refusal
    const result = await changePassword(req, collection, parsed.data)
    if (result.ok) return Response.json({ message: 'Your password is changed.' })
    if (result.refusal === 'throttled') return tooManyAttempts(result.msBeforeNext ?? 0)
    return refuse(statusOf[result.refusal], result.message, result.field)
  },
})
