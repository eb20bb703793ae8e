import type { IncomingAuthType } from 'payload'

import { secureCookies } from '@/adapters/production'

/**
 * The auth settings every kind of account shares; each collection adds its own (reset emails,
 * verification, session length). The session cookie is `Secure` when the shop is on https, and
 * `SameSite=Lax` stays as a second line behind Payload's origin check (`csrf`).
 */
export const accountAuth = (own: IncomingAuthType = {}): IncomingAuthType => ({
  // No per-account lockout: anyone could lock an owner out by guessing wrong on purpose. Failed
  // sign-ins are throttled per account *and* client instead (hooks/throttleAccountActions.ts).
  maxLoginAttempts: 0,
  ...own,
  cookies: { secure: secureCookies(), sameSite: 'Lax', ...own.cookies },
})
