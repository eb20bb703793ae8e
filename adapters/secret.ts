/**
 * The key that signs sessions. Production refuses to start without one; development and tests get a
 * fixed throwaway so that `git clone && npm run demo` works before anyone writes a .env.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build')
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example)')
  return 'development-only-secret-do-not-use-in-production'
}
