/**
 * Whether an error means the database cannot be reached or written right now (down, restarting,
 * locked by another process, read-only), as opposed to a bad query or a rule refusing the request.
 * Drivers and ORMs wrap each other's errors, so every `cause` down the chain is looked at.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  const seen = new Set<unknown>()
  for (
    let e = error;
    e && typeof e === 'object' && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e)
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && unavailableCode(code)) return true
    if (typeof message === 'string' && unavailableMessages.some((m) => m.test(message))) return true
  }
  return false
}

// PostgreSQL SQLSTATE classes 08 (connection exception), 57P (operator intervention: shutdown,
// cannot connect now) and 53 (insufficient resources); socket errors; SQLite's lock and
// read-only results.
const unavailableCode = (code: string) =>
  /^(08|57P|53)/.test(code) ||
  ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'].includes(
    code,
  ) ||
  /^SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|IOERR|PERM|FULL)/.test(code)

const unavailableMessages = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /canceling statement due to statement timeout/i,
  /^SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|IOERR|PERM|FULL)\b/,
  /database is locked/i,
  /attempt to write a readonly database/i,
]

/** What a client is told when the database is unavailable: no driver detail, no stack. */
export const databaseUnavailableMessage =
  'The database is unavailable at the moment. Nothing was changed; please try again shortly.'

/** Seconds a client is asked to wait before retrying (`Retry-After`). */
export const databaseRetryAfterSeconds = 5
