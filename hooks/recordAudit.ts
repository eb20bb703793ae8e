import type { DocumentId } from '@/lib/queryInput'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { currentRequestId } from '@/adapters/observability'
import type { AuditBaseline, AuditedTarget } from '@/lib/auditDiff'
import { auditChanges, auditSummary, isAudited } from '@/lib/auditDiff'

type Doc = Record<string, unknown>

const baselineFor = (req: PayloadRequest, target: AuditedTarget, id: unknown): Doc | undefined => {
  const baseline = req.context.auditBaseline as AuditBaseline | undefined
  return baseline && baseline.target === target && String(baseline.id) === String(id)
    ? (baseline.doc as Doc)
    : undefined
}

const writeEntry = async (
  req: PayloadRequest,
  target: AuditedTarget,
  operation: 'create' | 'update' | 'delete',
  id: DocumentId | null,
  before: Doc | null | undefined,
  after: Doc | null | undefined,
) => {
  if (!isAudited(target, operation)) return
  const changes = auditChanges(before, after)
  if (operation === 'update' && changes.length === 0) return
  const { user } = req
  // Written with access overridden (nobody may create entries through the API) and with `req`,
  // so the entry commits or rolls back with the change it records.
  await req.payload.create({
    collection: 'audit-logs',
    data: {
      actorCollection: user?.collection ?? null,
      actorId: user ? String(user.id) : null,
      target,
      targetId: id == null ? null : String(id),
      operation,
      changedFields: changes.map((c) => c.field),
      changes,
      summary: auditSummary(operation, target, id, changes),
      requestId: currentRequestId(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** Records a create or update of a collection document. */
export const recordAuditAfterChange =
  (target: AuditedTarget): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const before = operation === 'create' ? null : (baselineFor(req, target, doc.id) ?? previousDoc)
    await writeEntry(req, target, operation, doc.id, before, doc)
    return doc
  }

/** Records the deletion of a collection document, with its last values. */
export const recordAuditAfterDelete =
  (target: AuditedTarget): CollectionAfterDeleteHook =>
  async ({ doc, id, req }) => {
    await writeEntry(req, target, 'delete', id, doc, null)
    return doc
  }

/** Records an update of a global. */
export const recordGlobalAudit =
  (target: AuditedTarget): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await writeEntry(req, target, 'update', null, previousDoc, doc)
    return doc
  }
