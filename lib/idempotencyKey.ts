/** The header a client sends so that retrying a placement never creates a second order. */
export const idempotencyHeader = 'Idempotency-Key'

const keyPattern = /^[A-Za-z0-9_.:-]{8,100}$/

/**
 * Reads an `Idempotency-Key` header value: absent is fine (no protection asked for), present must be
 * 8–100 letters, digits, `_`, `-`, `.` or `:` (a UUID fits).
 */
export const parseIdempotencyKey = (
  value: string | null | undefined,
): { ok: true; key: string | null } | { ok: false; message: string } => {
  if (value === null || value === undefined || value.trim() === '') return { ok: true, key: null }
  const key = value.trim()
  return keyPattern.test(key)
    ? { ok: true, key }
    : {
        ok: false,
        message: `${idempotencyHeader} must be 8 to 100 letters, digits, '_', '-', '.' or ':'`,
      }
}

/** The stored key: scoped to the placing account, so two buyers' keys never meet. */
export const scopedIdempotencyKey = (collection: string, id: string | number, key: string) =>
  `${collection}:${id}:${key}`

/** A fresh key for one attempt at placing an order: 32 random hex digits. */
export const newIdempotencyKey = () =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
