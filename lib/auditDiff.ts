import type { DocumentId } from './queryInput'
/** Fields never written to the audit log: credentials, tokens, sessions and bookkeeping. */
export const auditIgnoredFields = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'globalType',
  'password',
  'confirm-password',
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  '_verified',
  'loginAttempts',
  'lockUntil',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  '_status',
])

export type AuditChange = { field: string; before: unknown; after: unknown }

type Doc = Record<string, unknown> | null | undefined

// Key order differs between a stored row and a freshly written one; compare canonically.
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  )

/**
 * A value with every related document that was populated into it (a relationship read at depth:
 * an object with its own `id` and `createdAt`, which array rows never have) replaced by its id.
 * The entry records who or what was linked, never a copy of that document: a user's sessions and
 * everything else on it would otherwise be written into the log.
 */
export const asReferences = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asReferences)
  if (!value || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  if (object.id != null && object.createdAt != null) return object.id
  return Object.fromEntries(Object.entries(object).map(([key, v]) => [key, asReferences(v)]))
}

/**
 * The top-level fields that differ between two versions of a document, each with its value before
 * and after (`null` for a side that did not exist: a create or a delete). Secret and bookkeeping
 * fields are left out entirely, so a password change shows as no change at all.
 */
export const auditChanges = (before: Doc, after: Doc): AuditChange[] => {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: AuditChange[] = []
  for (const field of [...fields].sort()) {
    if (auditIgnoredFields.has(field)) continue
    const was = asReferences(before?.[field] ?? null)
    const now = asReferences(after?.[field] ?? null)
    if (canonical(was) !== canonical(now)) changes.push({ field, before: was, after: now })
  }
  return changes
}

/** A one-line description for lists: `update orders 12: status, history`. */
export const auditSummary = (
  operation: 'create' | 'update' | 'delete',
  target: string,
  id: string | number | null | undefined,
  changes: AuditChange[],
): string => {
  const fields = changes.map((c) => c.field)
  const shown = fields.length > 6 ? [...fields.slice(0, 6), `+${fields.length - 6} more`] : fields
  return `${operation} ${target}${id != null ? ` ${id}` : ''}${shown.length ? `: ${shown.join(', ')}` : ''}`.slice(
    0,
    300,
  )
}

/** Every collection and global whose writes are audited. */
export const auditedTargets = [
  'orders',
  'products',
  'categories',
  'vendors',
  'goldsmiths',
  'rates',
  'site-settings',
] as const
export type AuditedTarget = (typeof auditedTargets)[number]

/**
 * Whether a write is audited: every one but an order's placement, which the order records itself
 * (its first history entry names who placed it, as what, and when; nobody can rewrite history).
 */
export const isAudited = (target: AuditedTarget, operation: 'create' | 'update' | 'delete') =>
  !(target === 'orders' && operation === 'create')

/**
 * A write that bypasses hooks (an atomic compare-and-set) can hand the audit the document as it
 * was before, through `req.context.auditBaseline`, so the diff covers the whole change.
 */
export type AuditBaseline = { target: AuditedTarget; id: DocumentId; doc: object }
