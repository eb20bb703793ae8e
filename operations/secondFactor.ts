import type { PayloadRequest } from 'payload'
import { generateSecret, generateURI, verifySync } from 'otplib'
import QRCode from 'qrcode'

import {
  hashRecoveryCode,
  newRecoveryCodes,
  openEnrolment,
  openSecret,
  readSignInCode,
  sealEnrolment,
  sealSecret,
  secondFactorPolicyOf,
} from '@/lib/secondFactor'
import { defaultSiteName } from '@/lib/shop'

type AccountId = number | string

/** The second-factor columns of a staff account; none of them ever leaves the server. */
type SecondFactorState = {
  id: AccountId
  email: string
  role?: string | null
  secondFactorEnabled?: boolean | null
  totpSecret?: string | null
  totpLastStep?: number | null
  recoveryCodeHashes?: string[] | null
}

/** `ADMIN_2FA` (checked at start-up in production, see lib/productionSettings). */
export const secondFactorPolicy = () => secondFactorPolicyOf(process.env.ADMIN_2FA) ?? 'required'

export const loadSecondFactor = async (
  req: PayloadRequest,
  id: AccountId,
): Promise<SecondFactorState | null> =>
  (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })) as SecondFactorState | null

/** Internal state, written past field access (which refuses every client) and hooks. */
const save = (req: PayloadRequest, id: AccountId, data: Partial<SecondFactorState>) =>
  req.payload.db.updateOne({ collection: 'users', id, data, req, returning: false })

/** A fresh app secret for this account: the QR code to scan and the ticket that brings it back. */
export const startEnrolment = async (req: PayloadRequest, account: SecondFactorState) => {
  const secret = generateSecret()
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const uri = generateURI({
    issuer: settings.siteName || defaultSiteName,
    label: account.email,
    secret,
  })
  return {
    secret,
    uri,
    qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    enrolment: sealEnrolment({ account: account.id, secret, now: Date.now() }, req.payload.secret),
  }
}

/** The 30-second step a six-digit code belongs to, when it is right and not used before. */
const appCodeStep = (secret: string, code: string, lastStep?: number | null): number | null => {
  const result = verifySync({
    secret,
    token: code,
    epochTolerance: 30, // a phone's clock a step off still works
    ...(lastStep ? { afterTimeStep: Number(lastStep) } : {}),
  })
  // TOTP results carry the step; HOTP ones (never asked for here) would not.
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

/**
 * Finishes enrolment with the first code from the app: seals the secret onto the account.
 * @returns false when the ticket is not this account's, has expired, or the code is wrong
 */
export const completeEnrolment = async (
  req: PayloadRequest,
  account: SecondFactorState,
  input: { enrolment?: unknown; code?: unknown },
): Promise<boolean> => {
  const secret = openEnrolment(
    input.enrolment,
    { account: account.id, now: Date.now() },
    req.payload.secret,
  )
  const code = readSignInCode(input.code)
  if (!secret || code?.kind !== 'app') return false
  const step = appCodeStep(secret, code.code)
  if (step === null) return false
  await save(req, account.id, {
    secondFactorEnabled: true,
    totpSecret: sealSecret(secret, req.payload.secret),
    totpLastStep: step,
    recoveryCodeHashes: [],
  })
  return true
}

/**
 * Checks a code from the app (each is good once) or a recovery code (used up).
 * @returns false when the code is wrong, already used, or the account has no second factor
 */
export const acceptSecondFactorCode = async (
  req: PayloadRequest,
  account: SecondFactorState,
  input: unknown,
): Promise<boolean> => {
  const code = readSignInCode(input)
  if (!code || !account.secondFactorEnabled || !account.totpSecret) return false
  if (code.kind === 'recovery') {
    const hash = hashRecoveryCode(code.code)
    const hashes = account.recoveryCodeHashes ?? []
    if (!hashes.includes(hash)) return false
    await save(req, account.id, { recoveryCodeHashes: hashes.filter((h) => h !== hash) })
    return true
  }
  const secret = openSecret(account.totpSecret, req.payload.secret)
  const step = secret ? appCodeStep(secret, code.code, account.totpLastStep) : null
  if (step === null) return false
  await save(req, account.id, { totpLastStep: step })
  return true
}

/** New recovery codes, replacing any before; shown once, stored as hashes. */
export const replaceRecoveryCodes = async (
  req: PayloadRequest,
  account: SecondFactorState,
): Promise<string[]> => {
  const codes = newRecoveryCodes()
  await save(req, account.id, { recoveryCodeHashes: codes.map(hashRecoveryCode) })
  return codes
}

export const turnOffSecondFactor = (req: PayloadRequest, id: AccountId) =>
  save(req, id, {
    secondFactorEnabled: false,
    totpSecret: null,
    totpLastStep: null,
    recoveryCodeHashes: [],
  })
