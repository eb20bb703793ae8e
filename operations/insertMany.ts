import type { CollectionSlug, PayloadRequest } from 'payload'

import type { DocumentId } from '@/lib/queryInput'

import { isMongo, sqlSessionOf } from './sqlSession'

type Row = Record<string, unknown>
type Polymorphic = { relationTo: string; value: DocumentId }

const isPolymorphic = (value: unknown): value is Polymorphic =>
  !!value && typeof value === 'object' && 'relationTo' in value && 'value' in value

/**
 * Writes many rows of one collection at once, below Payload's create: no hooks, no validation, no
 * read-back, as `payload.jobs.queue` writes a job. For rows only the server writes, whose content
 * the calling operation is the rule for (notifications, queued emails). Fields are plain columns,
 * single relationships (an id) or polymorphic ones (`{ relationTo, value }`, kept in the `_rels`
 * table); nothing else. On SQL two statements however many rows; on MongoDB one adapter create per
 * row, which keeps Payload's casting of ids. Runs in the caller's transaction (`req`).
 * @returns the new ids, in the order of `docs`
 */
export const insertMany = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  docs: Row[],
): Promise<DocumentId[]> => {
  if (!docs.length) return []
  const now = new Date().toISOString()
  const stamped = docs.map((doc) => ({ createdAt: now, updatedAt: now, ...doc }))
  if (isMongo(req)) {
    const ids: DocumentId[] = []
    for (const data of stamped)
      ids.push((await req.payload.db.create({ collection, data, req })).id as DocumentId)
    return ids
  }
  const { db, tables } = await sqlSessionOf(req)
  const name = collection.replace(/-/g, '_')
  const table = tables[name]!
  const rows = stamped.map((doc) =>
    Object.fromEntries(Object.entries(doc).filter(([, value]) => !isPolymorphic(value))),
  )
  const inserted = await db.insert(table).values(rows).returning({ id: table.id })
  // One statement numbers its rows in the order given; sorting pairs them up whatever order
  // RETURNING reports them in.
  const ids = inserted.map((row) => Number(row.id)).sort((a, b) => a - b)
  const relations = docs.flatMap((doc, i) =>
    Object.entries(doc)
      .filter((entry): entry is [string, Polymorphic] => isPolymorphic(entry[1]))
      .map(([path, { relationTo, value }]) => ({
        parent: ids[i],
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
