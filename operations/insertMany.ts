import type { CollectionSlug, PayloadRequest } from 'payload'
import { inArray } from '@payloadcms/db-postgres/drizzle'

import type { DocumentId } from '@/lib/queryInput'

import type { SqlDb, SqlTable } from './sqlSession'
import { isMongo, sqlSessionOf } from './sqlSession'

type Row = Record<string, unknown>
type Polymorphic = { relationTo: string; value: DocumentId }

const isPolymorphic = (value: unknown): value is Polymorphic =>
  !!value && typeof value === 'object' && 'relationTo' in value && 'value' in value

const polymorphicOf = (doc: Row) =>
  Object.entries(doc).filter((entry): entry is [string, Polymorphic] => isPolymorphic(entry[1]))

/**
 * Which of the documents `docs` point to (polymorphically) still exist, as `relationTo:id` keys.
 * On PostgreSQL each is locked FOR KEY SHARE, the lock a foreign key check takes, until the caller
 * commits: one deleted meanwhile (staff deleting a colleague while an order tells all staff) is
 * either gone already, and left out here, or waits for the caller, so the insert that follows never
 * meets a missing row. On SQLite the caller's transaction already has the database to itself.
 */
const existingTargets = async (
  db: SqlDb,
  dialect: 'postgres' | 'sqlite',
  tables: Record<string, SqlTable | undefined>,
  docs: Row[],
): Promise<Set<string>> => {
  const wanted = new Map<string, Set<DocumentId>>()
  for (const doc of docs)
    for (const [, { relationTo, value }] of polymorphicOf(doc))
      wanted.set(relationTo, (wanted.get(relationTo) ?? new Set()).add(value))
  const found = new Set<string>()
  for (const [relationTo, ids] of wanted) {
    const table = tables[relationTo.replace(/-/g, '_')]!
    const query = db
      .select({ id: table.id })
      .from(table)
      .where(inArray(table.id as never, [...ids]))
    const rows = await (dialect === 'postgres' ? query.for('key share') : query)
    for (const row of rows) found.add(`${relationTo}:${row.id}`)
  }
  return found
}

/**
 * Writes many rows of one collection at once, below Payload's create: no hooks, no validation, no
 * read-back, as `payload.jobs.queue` writes a job. For rows only the server writes, whose content
 * the calling operation is the rule for (notifications, queued emails). Fields are plain columns,
 * single relationships (an id) or polymorphic ones (`{ relationTo, value }`, kept in the `_rels`
 * table); nothing else. A row whose polymorphic relation points to a document that no longer
 * exists (a recipient deleted meanwhile) is skipped, so the caller's event still commits. On SQL
 * three statements however many rows; on MongoDB one adapter create per row, which keeps Payload's
 * casting of ids. Runs in the caller's transaction (`req`).
 * @returns the new ids, in the order of `docs`; `null` for a skipped row
 */
export const insertMany = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  docs: Row[],
): Promise<(DocumentId | null)[]> => {
  if (!docs.length) return []
  const now = new Date().toISOString()
  const stamped = docs.map((doc) => ({ createdAt: now, updatedAt: now, ...doc }))
  if (isMongo(req)) {
    const ids: DocumentId[] = []
    for (const data of stamped)
      ids.push((await req.payload.db.create({ collection, data, req })).id as DocumentId)
    return ids
  }
  const { db, dialect, tables } = await sqlSessionOf(req)
  const existing = await existingTargets(db, dialect, tables, docs)
  const kept = stamped.flatMap((doc, i) =>
    polymorphicOf(doc).every(([, { relationTo, value }]) => existing.has(`${relationTo}:${value}`))
      ? [i]
      : [],
  )
  if (!kept.length) return docs.map(() => null)
  const name = collection.replace(/-/g, '_')
  const table = tables[name]!
  const rows = kept.map((i) =>
    Object.fromEntries(Object.entries(stamped[i]).filter(([, value]) => !isPolymorphic(value))),
  )
  const inserted = await db.insert(table).values(rows).returning({ id: table.id })
  // One statement numbers its rows in the order given; sorting pairs them up whatever order
  // RETURNING reports them in.
  const newIds = inserted.map((row) => Number(row.id)).sort((a, b) => a - b)
  const ids: (DocumentId | null)[] = docs.map(() => null)
  kept.forEach((docIndex, n) => (ids[docIndex] = newIds[n]))
  const relations = kept.flatMap((docIndex) =>
    polymorphicOf(docs[docIndex]).map(([path, { relationTo, value }]) => ({
      parent: ids[docIndex],
      path,
      [`${relationTo}ID`]: value,
    })),
  )
  if (relations.length) {
    const rels = tables[`${name}_rels`]!
    await db.insert(rels).values(relations).returning({ id: rels.id })
  }
  return ids
}
