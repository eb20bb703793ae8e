import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String(error))
const heldTooLongMs = 60_000

type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
}

/**
 * Makes the embedded SQLite database safe under concurrent requests. SQLite has one writer at a
 * time, and libsql hands each transaction the current connection and opens a fresh one for
 * everything else — a connection that has lost `busy_timeout`, so any write that meets a busy
 * database (a login counter, a job update) fails at once with SQLITE_BUSY. So:
 * - every connection libsql opens gets `busy_timeout` again, and writers wait their turn;
 * - transactions are queued in-process, one at a time (fair, and no thundering herd at BEGIN),
 *   retrying BEGIN while another process (a seed script) holds the lock.
 * Reads never wait for the writer (WAL).
 */
export const withSqliteConcurrency = (
  adapter: DatabaseAdapterObj,
  { busyTimeoutMs }: { busyTimeoutMs: number },
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as BaseDatabaseAdapter & { client?: LibsqlClient }

    const connect = db.connect?.bind(db)
    if (connect) {
      db.connect = async (options) => {
        await connect(options)
        const client = db.client
        if (!client) return
        const transaction = client.transaction.bind(client)
        client.transaction = async (mode) => {
          const tx = await transaction(mode)
          // The client's next statement opens a new connection: give it the timeout first.
          await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
          return tx
        }
      }
    }

    const begin = db.beginTransaction.bind(db)
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    let queue: Promise<void> = Promise.resolve()
    const releases = new Map<string, () => void>()

    db.beginTransaction = async (options) => {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = queue
      queue = previous.then(() => turn)
      await previous
      // A transaction that is never finished must not stop the shop: log it and let the next go.
      const timer = setTimeout(() => {
        args.payload.logger.error(
          'A database transaction stayed open for 60 s; releasing the queue',
        )
        release()
      }, heldTooLongMs)
      const releaseOnce = () => {
        clearTimeout(timer)
        release()
      }
      for (let attempt = 0; ; attempt++) {
        try {
          const id = await begin(options)
          if (id === null) releaseOnce()
          else releases.set(String(id), releaseOnce)
          return id
        } catch (error) {
          if (!isBusy(error) || attempt >= 100) {
            releaseOnce()
            throw error
          }
          await new Promise((r) => setTimeout(r, 20 + attempt * 10))
        }
      }
    }
    const finish =
      (end: (id: Parameters<typeof commit>[0]) => Promise<void>) =>
      async (id: Parameters<typeof commit>[0]) => {
        const key = String(await id)
        try {
          await end(key)
        } finally {
          releases.get(key)?.()
          releases.delete(key)
        }
      }
    db.commitTransaction = finish(commit)
    db.rollbackTransaction = finish(rollback)
    return db
  },
})
