import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import pg from 'pg'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

import { connectionWaitMs } from '@/adapters/database'
import { appMetrics } from '@/adapters/observability'
import { redisClient, redisPrefix } from '@/adapters/redis'
import { clientIp, trustedProxyList } from '@/lib/clientIp'
import type { ThrottleName } from '@/lib/throttles'
import { retryAfterSeconds, throttledMessage, throttleRules } from '@/lib/throttles'
import { throttleStoreKind } from '@/lib/sharedState'

type Row = { points: number; expire: string | null }
type Options = { req?: PayloadRequest }
// The drizzle side of Payload's SQL adapters, as operations/nextSequence.ts uses it.
type DrizzleAdapter = {
  name: string
  drizzle: any // eslint-disable-line @typescript-eslint/no-explicit-any
  sessions: Record<string, { db: any } | undefined> // eslint-disable-line @typescript-eslint/no-explicit-any
  tables: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}

let postgresPool: pg.Pool | undefined
/**
 * PostgreSQL: counts made outside a request's transaction go through a small pool of their own.
 * Payload opens a sign-up's or reset's transaction before our hook runs, so a count on Payload's
 * pool would wait for a second connection while holding one, and as many sign-ups at once as the
 * pool holds would lock it up (the failure found before with document locks). Nothing waits while
 * holding one of these connections, so they always come free.
 */
const countingPool = () => {
  if (postgresPool) return postgresPool
  postgresPool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: 3,
    // Waits in this pool's queue count too: a burst of sign-ups on a busy machine queues here
    // (each count is one short statement) rather than failing after a few seconds.
    connectionTimeoutMillis: connectionWaitMs(),
  })
  // An idle connection dropped by a stopping server would otherwise be an unhandled 'error' event
  // and end the process; the next count connects again.
  postgresPool.on('error', () => {})
  return postgresPool
}

const upsertSql = `INSERT INTO throttles (key, points, expire, updated_at, created_at)
  VALUES ($1, $2, $3, now(), now())
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN throttles.expire <= now() OR $4 THEN $2 ELSE throttles.points + $2 END,
    expire = CASE WHEN throttles.expire <= now() OR $4 THEN $3::timestamptz ELSE throttles.expire END,
    updated_at = now()
  RETURNING points, expire`

/**
 * rate-limiter-flexible's store on the shop's own database (the `throttles` collection), so every
 * instance counts alike and SQLite is written through Payload's connection, not a second writer.
 * On SQL a point is added in one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` that restarts
 * an expired window; on MongoDB (untestable here) through Payload's API, which is not atomic.
 */
class PayloadThrottleStore extends RateLimiterStoreAbstract {
  constructor(
    private readonly payload: Payload,
    name: ThrottleName,
  ) {
    super({ storeClient: payload, keyPrefix: name, ...throttleRules[name] })
  }

  private async db(options: Options) {
    const adapter = this.payload.db as unknown as DrizzleAdapter
    const transaction = options.req?.transactionID && (await options.req.transactionID)
    const db = (transaction && adapter.sessions[String(transaction)]?.db) || adapter.drizzle
    const sql = adapter.name === 'postgres' ? postgresSql : sqliteSql
    return {
      db,
      sql,
      table: adapter.tables.throttles,
      mongo: adapter.name === 'mongoose',
      // Inside a request's transaction the write joins it; outside, PostgreSQL uses its own pool.
      ownPool: adapter.name === 'postgres' && !transaction,
    }
  }

  async _upsert(
    key: string,
    points: number,
    msDuration: number,
    forceExpire = false,
    options: Options = {},
  ): Promise<Row> {
    const { db, sql, table, mongo, ownPool } = await this.db(options)
    const now = new Date().toISOString()
    const expire = msDuration > 0 ? new Date(Date.now() + msDuration).toISOString() : null
    if (mongo) return this.upsertThroughApi(key, points, expire, forceExpire, options)
    if (ownPool) {
      const { rows } = await countingPool().query(upsertSql, [key, points, expire, forceExpire])
      return { points: Number(rows[0].points), expire: new Date(rows[0].expire).toISOString() }
    }
    const expired = sql`${table.expire} <= ${now}`
    const [row] = await db
      .insert(table)
      .values({ key, points, expire, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: table.key,
        set: forceExpire
          ? { points, expire, updatedAt: now }
          : {
              points: sql`CASE WHEN ${expired} THEN ${points} ELSE ${table.points} + ${points} END`,
              expire: sql`CASE WHEN ${expired} THEN ${expire} ELSE ${table.expire} END`,
              updatedAt: now,
            },
      })
      .returning({ points: table.points, expire: table.expire })
    return { points: Number(row.points), expire: row.expire }
  }

  async _get(key: string, options: Options = {}): Promise<Row | null> {
    const { db, sql, table, mongo, ownPool } = await this.db(options)
    const now = new Date().toISOString()
    if (mongo) {
      const row = await this.findThroughApi(key, options)
      return row && (!row.expire || row.expire > now) ? row : null
    }
    if (ownPool) {
      const { rows } = await countingPool().query(
        'SELECT points, expire FROM throttles WHERE key = $1 AND (expire > now() OR expire IS NULL)',
        [key],
      )
      return rows[0]
        ? {
            points: Number(rows[0].points),
            expire: rows[0].expire && new Date(rows[0].expire).toISOString(),
          }
        : null
    }
    const [row] = await db
      .select({ points: table.points, expire: table.expire })
      .from(table)
      .where(sql`${table.key} = ${key} and (${table.expire} > ${now} or ${table.expire} is null)`)
      .limit(1)
    return row ? { points: Number(row.points), expire: row.expire } : null
  }

  async _delete(key: string, options: Options = {}): Promise<boolean> {
    const { db, sql, table, mongo, ownPool } = await this.db(options)
    if (ownPool) {
      await countingPool().query('DELETE FROM throttles WHERE key = $1', [key])
      return true
    }
    if (mongo) {
      await this.payload.delete({
        collection: 'throttles',
        where: { key: { equals: key } },
        req: options.req,
      })
      return true
    }
    await db.delete(table).where(sql`${table.key} = ${key}`)
    return true
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const msBeforeNext = row.expire ? Math.max(new Date(row.expire).getTime() - Date.now(), 0) : -1
    return new RateLimiterRes(
      Math.max(this.points - row.points, 0),
      msBeforeNext,
      row.points,
      row.points === changedPoints,
    )
  }

  private async findThroughApi(key: string, options: Options): Promise<Row | null> {
    const { docs } = await this.payload.find({
      collection: 'throttles',
      where: { key: { equals: key } },
      limit: 1,
      req: options.req,
    })
    return docs[0] ? { points: docs[0].points, expire: docs[0].expire ?? null } : null
  }

  private async upsertThroughApi(
    key: string,
    points: number,
    expire: string | null,
    forceExpire: boolean,
    options: Options,
  ): Promise<Row> {
    const found = await this.findThroughApi(key, options)
    const restart =
      forceExpire || !found || (found.expire !== null && found.expire <= new Date().toISOString())
    const data = restart
      ? { key, points, expire }
      : { key, points: found.points + points, expire: found.expire }
    if (found)
      await this.payload.update({
        collection: 'throttles',
        where: { key: { equals: key } },
        data,
        req: options.req,
      })
    else await this.payload.create({ collection: 'throttles', data, req: options.req })
    return { points: data.points, expire: data.expire }
  }
}

/**
 * The store THROTTLE_STORE / REDIS_URL choose (lib/sharedState.ts). Redis counts for every instance
 * at once; while it is unreachable the database counts instead (the insurance limiter), so a Redis
 * outage neither opens the door to guessing nor fails sign-ins. Memory counts per process: with
 * several instances each allows the full limit, which the two-instance test shows.
 */
const newStore = (payload: Payload, name: ThrottleName): RateLimiterAbstract => {
  const kind = throttleStoreKind(process.env)
  if (kind === 'memory') return new RateLimiterMemory({ keyPrefix: name, ...throttleRules[name] })
  const database = new PayloadThrottleStore(payload, name)
  const redis = kind === 'redis' && redisClient()
  if (!redis) return database
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${redisPrefix()}throttle:${name}`,
    insuranceLimiter: database,
    ...throttleRules[name],
  })
}

const stores = new WeakMap<Payload, Partial<Record<ThrottleName, RateLimiterAbstract>>>()
const storeFor = (payload: Payload, name: ThrottleName) => {
  const forPayload = stores.get(payload) ?? {}
  stores.set(payload, forPayload)
  return (forPayload[name] ??= newStore(payload, name))
}

/** Whoever makes a request: a PayloadRequest, or a route handler's Payload and headers. */
export type Asker = { payload: Payload; headers: Headers }

/** The outcome of counting an attempt: go ahead, or wait this long. */
export type ThrottleResult = { ok: true } | { ok: false; msBeforeNext: number }

/**
 * Who is asking: the TCP peer as server.mjs reports it (a header it always overwrites, believed only
 * when that server says it is in front), then X-Forwarded-For as far as TRUSTED_PROXY vouches.
 */
export const requestClient = ({ headers }: Asker): string =>
  clientIp({
    peer:
      process.env.PEER_ADDRESS_HEADER === 'x-peer-address' ? headers.get('x-peer-address') : null,
    forwardedFor: headers.get('x-forwarded-for'),
    trustedProxies: trustedProxyList(process.env.TRUSTED_PROXY),
  })

/** For hooks: a throttled attempt becomes a 429 with `Retry-After` (REST) and the wait in words. */
export const refuseThrottled = (req: PayloadRequest, result: ThrottleResult): void => {
  if (result.ok) return
  const seconds = retryAfterSeconds(result.msBeforeNext)
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  throw new APIError(throttledMessage(result.msBeforeNext), 429, { retryAfter: seconds }, true)
}

const loginKeys = (asker: Asker, collection: string, email: unknown) => {
  const client = requestClient(asker)
  const account = typeof email === 'string' ? email.trim().toLowerCase() : ''
  return { account: `${collection}:${account}:${client}`, client }
}

/**
 * Counts a sign-in attempt before Payload checks the password; not ok once the account from this
 * client, or this client across accounts, is over its limit. Counting first, in one atomic step,
 * means a burst of parallel guesses cannot all slip past a check made before any of them is
 * counted; a correct password then takes its point back (clearLoginAttempts). One attempt at a
 * password tried against several kinds of account (the wrong-kind check) counts against each of
 * those accounts, and once against the client.
 */
export const countLoginAttempt = async (
  asker: Asker,
  collections: string | readonly string[],
  email: unknown,
): Promise<ThrottleResult> => {
  const kinds = typeof collections === 'string' ? [collections] : collections
  const [client, ...accounts] = await Promise.all([
    storeFor(asker.payload, 'loginClient').penalty(requestClient(asker), 1),
    ...kinds.map((kind) =>
      storeFor(asker.payload, 'loginAccount').penalty(loginKeys(asker, kind, email).account, 1),
    ),
  ])
  const wait = Math.max(
    client.consumedPoints > throttleRules.loginClient.points ? client.msBeforeNext : 0,
    ...accounts.map((account) =>
      account.consumedPoints > throttleRules.loginAccount.points ? account.msBeforeNext : 0,
    ),
  )
  if (wait <= 0) return { ok: true }
  appMetrics().throttled.inc({ throttle: 'login' })
  return { ok: false, msBeforeNext: wait }
}

/** After a correct password: the account's count from this client starts again. */
export const clearLoginAttempts = async (
  req: PayloadRequest,
  collection: string,
  email: unknown,
) => {
  const keys = loginKeys(req, collection, email)
  await storeFor(req.payload, 'loginAccount').delete(keys.account, { req })
  await storeFor(req.payload, 'loginClient').reward(keys.client, 1, { req })
}

/** Counts one attempt at a per-client action (sign-up, reset email, contact message). */
export const countClientAttempt = async (
  asker: Asker,
  name: ThrottleName,
): Promise<ThrottleResult> => {
  const used = await storeFor(asker.payload, name).penalty(requestClient(asker), 1)
  if (used.consumedPoints <= throttleRules[name].points) return { ok: true }
  appMetrics().throttled.inc({ throttle: name })
  return { ok: false, msBeforeNext: used.msBeforeNext }
}
