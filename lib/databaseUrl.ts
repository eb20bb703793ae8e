export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The embedded default: a SQLite file under data/, created on first start. */
export const defaultDatabaseUrl = 'file:./data/payload.db'

/** Which adapter a `DATABASE_URL` calls for; unset means the embedded SQLite default. */
export const databaseKind = (url: string | undefined): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with file:, postgres://, postgresql://, mongodb:// or mongodb+srv:// (got "${url.split(':')[0]}:…")`,
  )
}

export type SqliteSynchronous = 'FULL' | 'NORMAL'

/**
 * SQLite's `synchronous` setting from `SQLITE_SYNCHRONOUS` (default `FULL`). `FULL` syncs every
 * commit: an order the buyer was told is placed survives a power cut, at a disk flush per
 * statement. In WAL mode `NORMAL` syncs at checkpoints instead: the database never corrupts and a
 * crashed process loses nothing, but the last commits may be lost if the machine loses power. A
 * shop chooses that speed knowingly; it is not the default.
 */
export const sqliteSynchronous = (value: string | undefined): SqliteSynchronous => {
  const setting = (value || 'FULL').toUpperCase()
  if (setting === 'FULL' || setting === 'NORMAL') return setting
  throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL (got "${value}")`)
}
