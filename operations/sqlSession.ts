import type { PayloadRequest } from 'payload'

/*
 * The one place our operations reach below Payload's API into Drizzle: counters (nextSequence) and
 * bulk inserts (insertMany) need statements Payload's API has no call for (an upsert, a multi-row
 * insert, a row lock). Only the part of Drizzle
 * used is typed, by shape: the SQLite and PostgreSQL builders differ in their generics but agree on
 * these chains.
 */

type Returning = { returning(fields: object): Promise<Record<string, unknown>[]> }
type Insert = {
  values(rows: object | object[]): Returning & {
    onConflictDoUpdate(config: { target: unknown; set: object }): Returning
  }
}
type Rows = Promise<Record<string, unknown>[]>
type Select = {
  from(table: unknown): { where(condition: unknown): Rows & { for(strength: 'key share'): Rows } }
}
export type SqlDb = { insert(table: unknown): Insert; select(fields: object): Select }
export type SqlTable = Record<string, unknown>
type DrizzleAdapter = {
  name: string
  drizzle: SqlDb
  sessions: Record<string, { db: SqlDb } | undefined>
  tables: Record<string, SqlTable | undefined>
}

/** Whether the database is MongoDB (mongoose), where none of this applies. */
export const isMongo = (req: PayloadRequest) => req.payload.db.name === 'mongoose'

/**
 * Drizzle as the caller's transaction sees it (`req`), so what is written here commits or rolls
 * back with the rest of the request; outside a transaction, the adapter's own connection.
 */
export const sqlSessionOf = async (req: PayloadRequest) => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const db =
    (req.transactionID && adapter.sessions[String(await req.transactionID)]?.db) || adapter.drizzle
  return { db, dialect: adapter.name as 'postgres' | 'sqlite', tables: adapter.tables }
}
