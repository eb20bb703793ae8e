import type { DocumentId } from '@/lib/queryInput'
import type {
  CollectionAfterOperationHook,
  CollectionBeforeLoginHook,
  CollectionBeforeOperationHook,
} from 'payload'
import { APIError } from 'payload'

import { secondFactorDemand } from '@/lib/secondFactor'
import {
  acceptSecondFactorCode,
  completeEnrolment,
  loadSecondFactor,
  secondFactorPolicy,
  startEnrolment,
} from '@/operations/secondFactor'

/**
 * 401 with `data.field: 'code'`: the password was right and a second factor is still needed.
 * `data.step` is `code` (enter one) or `enrol` (scan `data.qrSvg`, send back `data.enrolment`).
 */
export class SecondFactorNeeded extends APIError {
  constructor(message: string, data: Record<string, unknown>) {
    super(message, 401, { field: 'code', ...data }, true)
    this.name = 'SecondFactorNeeded'
  }
}

type SignInBody = { code?: unknown; enrolment?: unknown }

/**
 * A staff sign-in with the right password completes only with the second factor: a code from the
 * enrolled app or a recovery code, or, for an admin when `ADMIN_2FA=required` and none is set up
 * yet, enrolment there and then. Runs inside Payload's login (REST and GraphQL alike; GraphQL has
 * no `code` argument, so enrolled staff sign in over REST). Server code (Local API) is exempt.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const account = await loadSecondFactor(req, user.id)
  const demand = account ? secondFactorDemand(account, secondFactorPolicy()) : 'none'
  if (!account || demand === 'none') return user
  // The shop's very first account (Payload's first-register): it enrols at its next sign-in.
  if (req.context.registeringFirstUser) return user
  if (req.context.passwordReset) {
    // A reset proves the mailbox, not the second factor: it changes the password, signs nobody in.
    req.context.signInWithheld = true
    return user
  }
  const body = (req.data ?? {}) as SignInBody
  const typed = body.code !== undefined && body.code !== null && body.code !== ''
  if (demand === 'code') {
    if (!typed)
      throw new SecondFactorNeeded(
        'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
        { step: 'code' },
      )
    if (!(await acceptSecondFactorCode(req, account, body.code)))
      throw new SecondFactorNeeded(
        'That code is not right, or was already used. Enter the newest code from your app.',
        { step: 'code' },
      )
    return user
  }
  if (typed && body.enrolment !== undefined) {
    if (await completeEnrolment(req, account, { enrolment: body.enrolment, code: body.code }))
      return user
    throw new SecondFactorNeeded(
      'That code is not right, or the QR code has expired. Enter the newest code from your app.',
      { step: 'enrol' },
    )
  }
  throw new SecondFactorNeeded(
    'This shop asks every admin for a second factor. Scan the QR code with an authenticator app, then enter the 6-digit code it shows.',
    { step: 'enrol', ...(await startEnrolment(req, account)) },
  )
}

/**
 * Marks the two operations that end by signing someone in without a sign-in form: a password reset
 * (see below) and the first account's registration (the only create with nobody signed in, since
 * only admins create staff).
 */
export const markSignInsWithoutForm: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') req.context.passwordReset = true
  if (operation === 'create' && !req.user && req.payloadAPI !== 'local')
    req.context.registeringFirstUser = true
  return args
}

/** After a reset of an account with a second factor: no session and no token; sign in with a code. */
export const withholdSignInAfterReset: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'resetPassword' || !req.context.signInWithheld) return result
  const { user } = result as { user?: { id: DocumentId } }
  if (user) {
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { sessions: [] },
      req,
      returning: false,
    })
  }
  return { ...result, token: undefined }
}
