import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * Staff second factor: time-based one-time codes (RFC 6238, six digits every 30 seconds) from an
 * authenticator app, and single-use recovery codes for a lost phone.
 */

/** `ADMIN_2FA=required`: every admin account must sign in with a code (and enrol at sign-in). */
export type SecondFactorPolicy = 'optional' | 'required'

export const secondFactorPolicyOf = (value: string | undefined): SecondFactorPolicy | null =>
  !value || value === 'optional' ? 'optional' : value === 'required' ? 'required' : null

/**
 * What a correct password still needs before it signs someone in: nothing, a code from their
 * enrolled app, or (when the policy requires one and none is set up) enrolment.
 */
export type SecondFactorDemand = 'none' | 'code' | 'enrol'

export const secondFactorDemand = (
  account: { role?: string | null; secondFactorEnabled?: boolean | null },
  policy: SecondFactorPolicy,
): SecondFactorDemand => {
  if (account.secondFactorEnabled) return 'code'
  return policy === 'required' && account.role === 'admin' ? 'enrol' : 'none'
}

export const recoveryCodeCount = 10

/** Ten characters from an alphabet without look-alikes, shown as `abcde-fghij`: 50 bits each. */
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

export const newRecoveryCodes = (random: (size: number) => Uint8Array = randomBytes): string[] =>
  Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from(random(10), (byte) => recoveryAlphabet[byte % recoveryAlphabet.length])
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
  })

/** What someone typed, as a six-digit app code or a recovery code; null when it is neither. */
export const readSignInCode = (
  input: unknown,
): { kind: 'app'; code: string } | { kind: 'recovery'; code: string } | null => {
  if (typeof input !== 'string') return null
  const compact = input.replace(/[\s-]/g, '').toLowerCase()
  if (/^\d{6}$/.test(compact)) return { kind: 'app', code: compact }
  if (compact.length === 10 && [...compact].every((c) => recoveryAlphabet.includes(c)))
    return { kind: 'recovery', code: compact }
  return null
}

/** Recovery codes are stored as hashes; each has 50 random bits, so a fast hash is enough. */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex')

/**
 * App secrets are sealed with a key derived from the server's signing secret (AES-256-GCM), so a
 * copy of the database alone does not give anyone the codes.
 */
const keyFrom = (serverSecret: string) =>
  createHash('sha256').update(`second-factor:${serverSecret}`).digest()

export const sealSecret = (secret: string, serverSecret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(serverSecret), iv)
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

/** The secret, or null when the box was sealed with another key or altered. */
export const openSecret = (box: string, serverSecret: string): string | null => {
  const [iv, tag, sealed] = box.split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !sealed) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(serverSecret), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

/** How long a shown QR code stays good for enrolment. */
export const enrolmentMinutes = 15

/**
 * Enrolment keeps no state on the server until it succeeds: the new app secret travels to the
 * browser and back sealed, bound to the account and to a deadline.
 */
export const sealEnrolment = (
  enrolment: { account: number | string; secret: string; now: number },
  serverSecret: string,
): string =>
  sealSecret(
    JSON.stringify({
      account: String(enrolment.account),
      secret: enrolment.secret,
      expires: enrolment.now + enrolmentMinutes * 60_000,
    }),
    serverSecret,
  )

/** The app secret of an enrolment for this account that has not expired, else null. */
export const openEnrolment = (
  ticket: unknown,
  expected: { account: number | string; now: number },
  serverSecret: string,
): string | null => {
  if (typeof ticket !== 'string' || ticket.length > 400) return null
  const opened = openSecret(ticket, serverSecret)
  if (!opened) return null
  const { account, secret, expires } = JSON.parse(opened) as {
    account: string
    secret: string
    expires: number
  }
  return account === String(expected.account) && expected.now < expires ? secret : null
}
