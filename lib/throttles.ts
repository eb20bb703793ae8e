/**
 * How often one client may try each guarded action before it must wait. A failed sign-in is counted
 * per account *and* client, so nobody can lock an owner out from elsewhere (the account's own
 * lockout is off), and per client across accounts, so one client cannot spray guesses either.
 */
export const throttleRules = {
  /** Failed sign-ins for one account from one client. */
  loginAccount: { points: 5, duration: 15 * 60 },
  /** Failed sign-ins from one client, whatever the account. */
  loginClient: { points: 20, duration: 15 * 60 },
  /** New accounts from one client. */
  signup: { points: 10, duration: 60 * 60 },
  /** Password-reset emails asked for by one client. */
  passwordReset: { points: 10, duration: 60 * 60 },
  /** Contact-form messages from one client. */
  contact: { points: 10, duration: 60 * 60 },
} as const satisfies Record<string, { points: number; duration: number }>

export type ThrottleName = keyof typeof throttleRules

/** Whole seconds to wait, as the `Retry-After` header gives them (at least 1). */
export const retryAfterSeconds = (msBeforeNext: number): number =>
  Math.max(1, Math.ceil(msBeforeNext / 1000))

/** What a throttled person reads: how long to wait, in words. */
export const throttledMessage = (msBeforeNext: number): string => {
  const minutes = Math.ceil(retryAfterSeconds(msBeforeNext) / 60)
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}
