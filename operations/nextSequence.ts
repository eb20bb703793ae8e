import type { PayloadRequest } from 'payload'
import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { isMongo, sqlSessionOf } from './sqlSession'

const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String(error))

/**
 * Advances the named counter by one and returns the new value: 1, 2, 3, … never handed out twice,
 * under any concurrency, on every adapter. One statement does it: on SQL an
 * `INSERT … ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`, on MongoDB a
 * `findOneAndUpdate` with `$inc` and `upsert`. It runs in the caller's transaction (`req`): the
 * counter row stays locked until the order (or vendor approval) commits, so numbers are issued in
 * commit order, and a rolled-back caller's number is rolled back with it — it was never seen. (Run
 * outside the transaction, each request would need a second pooled connection while holding one,
 * and under load the pool deadlocks.)
 */
export const nextSequence = async (req: PayloadRequest, name: string): Promise<number> => {
  if (isMongo(req)) {
    for (let attempt = 0; ; attempt++) {
      try {
        const doc = (await req.payload.db.updateOne({
          collection: 'counters',
          where: { name: { equals: name } },
          data: { name, value: { $inc: 1 } },
          options: { upsert: true },
          returning: true,
          req,
        })) as unknown as { value: number }
        return doc.value
      } catch (error) {
        // Two first-ever upserts of one name can race on the unique index; the loser retries.
        if (!isDuplicateKey(error) || attempt >= 3) throw error
      }
    }
  }
  const { db, dialect, tables } = await sqlSessionOf(req)
  const sql = dialect === 'postgres' ? postgresSql : sqliteSql
  const counters = tables.counters!
  const now = new Date().toISOString()
  const [row] = await db
    .insert(counters)
    .values({ name, value: 1, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: counters.name,
      set: { value: sql`${counters.value} + 1`, updatedAt: now },
    })
    .returning({ value: counters.value })
  return Number(row.value)
}
