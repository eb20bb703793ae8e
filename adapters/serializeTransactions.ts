import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String(error))
const heldTooLongMs = 60_000

/**
 * SQLite has one writer at a time, and libsql opens each transaction on a fresh connection that
 * does not inherit `busy_timeout`, so concurrent requests fail at BEGIN with SQLITE_BUSY. This
 * queues transactions in-process (one at a time, the rest wait their turn) and retries BEGIN while
 * another process (a seed script, say) holds the lock. Reads outside transactions run freely (WAL).
 */
export const serializeTransactions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as BaseDatabaseAdapter
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
          if (id === null) {
            releaseOnce()
            return id
          }
          releases.set(String(id), releaseOnce)
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
