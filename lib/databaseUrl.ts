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
