import {
  productionSettingsProblems,
  servedOverHttps,
  trustedOrigins,
} from '@/lib/productionSettings'

const settings = () => ({
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  SERVER_URL: process.env.SERVER_URL,
  CSRF_ORIGINS: process.env.CSRF_ORIGINS,
  ADMIN_2FA: process.env.ADMIN_2FA,
})

/** Whether this process serves production (`next start`, a production script), not `next build`. */
export const servesProduction = (): boolean =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

/** Stops a production start whose settings would leave the shop open, naming every problem. */
export const refuseUnsafeProductionSettings = (): void => {
  const problems = productionSettingsProblems(settings())
  if (problems.length > 0)
    throw new Error(
      `Refusing to run in production until these are fixed (see .env.example):\n- ${problems.join('\n- ')}`,
    )
}

/**
 * The key that signs sessions. Production refuses a missing, short or placeholder one (and a
 * missing SERVER_URL); development and tests get a fixed throwaway so that `git clone && npm run
 * demo` works before anyone writes a .env.
 */
export const payloadSecret = (): string => {
  if (servesProduction()) refuseUnsafeProductionSettings()
  return process.env.PAYLOAD_SECRET || 'development-only-secret-do-not-use-in-production'
}

/** The shop's public origin (empty in development without SERVER_URL). */
export const serverUrl = (): string => (process.env.SERVER_URL || '').replace(/\/$/, '')

/**
 * Origins whose browser requests may use a session cookie (Payload's `csrf`): SERVER_URL's and
 * CSRF_ORIGINS. Empty only in development without SERVER_URL, where Payload then accepts any.
 */
export const csrfOrigins = (): string[] => trustedOrigins(settings())

/** Session cookies are `Secure` when the shop is served over https. */
export const secureCookies = (): boolean => servedOverHttps(process.env.SERVER_URL)
