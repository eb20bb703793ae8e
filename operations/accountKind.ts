import type { PayloadRequest } from 'payload'

import { storefrontCollections, type StorefrontCollection } from '@/lib/accounts'

import { passwordMatches } from './checkPassword'
import { clearLoginAttempts, countLoginAttempt, type ThrottleResult } from './throttle'

/**
 * After a sign-in as one kind failed: the other storefront kind whose account has this email *and*
 * this password, or null. Without the right password it says nothing, so it tells a stranger no
 * more than a failed sign-in does. Each kind tried counts as a sign-in attempt on that account (the
 * client once), so it adds no guesses to anyone's budget.
 */
export const otherAccountKind = async (
  req: PayloadRequest,
  input: { email: string; password: string; tried: StorefrontCollection },
): Promise<
  { ok: true; kind: StorefrontCollection | null } | Extract<ThrottleResult, { ok: false }>
> => {
  const others = storefrontCollections.filter((kind) => kind !== input.tried)
  const counted = await countLoginAttempt(req, others, input.email)
  if (!counted.ok) return counted
  for (const kind of others) {
    if (await passwordMatches(req.payload, kind, input.email, input.password)) {
      await clearLoginAttempts(req, kind, input.email)
      return { ok: true, kind }
    }
  }
  return { ok: true, kind: null }
}
