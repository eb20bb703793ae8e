import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { isAdminUser, isStaffUser } from '@/access/roles'
import { readDocumentId } from '@/lib/queryInput'
import { secondFactorDemand } from '@/lib/secondFactor'
import {
  acceptSecondFactorCode,
  completeEnrolment,
  loadSecondFactor,
  replaceRecoveryCodes,
  secondFactorPolicy,
  startEnrolment,
  turnOffSecondFactor,
} from '@/operations/secondFactor'

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

const wrongCode = () =>
  refuse(400, 'That code is not right, or was already used. Enter the newest code.', 'code')

type Body = { code?: unknown; enrolment?: unknown }

/** The signed-in staff member's own second-factor state, or the response refusing everyone else. */
const ownAccount = async (req: PayloadRequest) => {
  if (!req.user) return { refusal: refuse(401, 'Please sign in.') }
  if (!isStaffUser(req.user))
    return { refusal: refuse(403, 'Only staff accounts have a second factor.') }
  const account = await loadSecondFactor(req, req.user.id)
  if (!account) return { refusal: refuse(401, 'Please sign in.') }
  await addDataAndFileToRequest(req)
  return { account, body: (req.data ?? {}) as Body }
}

/** As ownAccount, for someone whose second factor is on. */
const ownEnrolledAccount = async (req: PayloadRequest) => {
  const own = await ownAccount(req)
  if (!own.refusal && !own.account.secondFactorEnabled)
    return { refusal: refuse(409, 'A second factor is not on. Turn it on first.') }
  return own
}

const statusOf = (account: NonNullable<Awaited<ReturnType<typeof loadSecondFactor>>>) => ({
  enabled: Boolean(account.secondFactorEnabled),
  required:
    secondFactorDemand({ ...account, secondFactorEnabled: false }, secondFactorPolicy()) !== 'none',
  recoveryCodesLeft: account.recoveryCodeHashes?.length ?? 0,
})

/**
 * Routes under /api/users/second-factor for the signed-in staff member: `GET` its state; `setup`
 * (a QR code and an enrolment ticket); `enable` `{ enrolment, code }`; `recovery-codes` `{ code }`
 * (no code needed for the first set, right after enabling); `disable` `{ code }`. An admin can
 * `POST /api/users/:id/second-factor/reset` another account whose phone is lost.
 */
export const secondFactorEndpoints: Endpoint[] = [
  {
    path: '/second-factor',
    method: 'get',
    handler: async (req) => {
      const own = await ownAccount(req)
      return own.refusal ?? Response.json(statusOf(own.account))
    },
  },
  {
    path: '/second-factor/setup',
    method: 'post',
    handler: async (req) => {
      const own = await ownAccount(req)
      if (own.refusal) return own.refusal
      if (own.account.secondFactorEnabled)
        return refuse(409, 'A second factor is already on. Turn it off first to change phones.')
      return Response.json(await startEnrolment(req, own.account))
    },
  },
  {
    path: '/second-factor/enable',
    method: 'post',
    handler: async (req) => {
      const own = await ownAccount(req)
      if (own.refusal) return own.refusal
      if (own.account.secondFactorEnabled) return refuse(409, 'A second factor is already on.')
      if (!(await completeEnrolment(req, own.account, own.body)))
        return refuse(
          400,
          'That code is not right, or the QR code has expired. Enter the newest code from your app.',
          'code',
        )
      return Response.json({
        enabled: true,
        recoveryCodes: await replaceRecoveryCodes(req, own.account),
      })
    },
  },
  {
    path: '/second-factor/recovery-codes',
    method: 'post',
    handler: async (req) => {
      const own = await ownEnrolledAccount(req)
      if (own.refusal) return own.refusal
      const { account, body } = own
      // The first set right after enrolling at sign-in needs no code; replacing a set does.
      const firstSet = (account.recoveryCodeHashes ?? []).length === 0
      if (!firstSet && !(await acceptSecondFactorCode(req, account, body.code))) return wrongCode()
      return Response.json({ recoveryCodes: await replaceRecoveryCodes(req, account) })
    },
  },
  {
    path: '/second-factor/disable',
    method: 'post',
    handler: async (req) => {
      const own = await ownEnrolledAccount(req)
      if (own.refusal) return own.refusal
      const { account, body } = own
      if (statusOf(account).required)
        return refuse(403, 'This shop requires a second factor for every admin (ADMIN_2FA).')
      if (!(await acceptSecondFactorCode(req, account, body.code))) return wrongCode()
      await turnOffSecondFactor(req, account.id)
      return Response.json({ enabled: false })
    },
  },
  {
    path: '/:id/second-factor/reset',
    method: 'post',
    handler: async (req) => {
      if (!isAdminUser(req.user)) return refuse(403, 'Only an admin can reset a second factor.')
      const id = readDocumentId(req.routeParams?.id, req.payload.db.defaultIDType)
      if (id !== null && String(req.user?.id) === String(id))
        return refuse(409, 'Turn off your own second factor from your account, with a code.')
      const account = id === null ? null : await loadSecondFactor(req, id)
      if (!account) return refuse(404, 'No staff account has that id.', 'id')
      await turnOffSecondFactor(req, account.id)
      return Response.json({ enabled: false })
    },
  },
]
