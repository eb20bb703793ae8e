/** How the database's schema stands against the migrations this build ships. */
export type MigrationState = {
  state: 'current' | 'pending' | 'pushed by development'
  applied: number
  shipped: number
  pending: string[]
}

/**
 * `applied` are the rows of `payload-migrations`; batch -1 marks a schema development mode pushed
 * (adapters/database.ts leaves such a database as it is).
 */
export const migrationState = (
  applied: readonly { name: string; batch: number }[],
  shipped: readonly string[],
): MigrationState => {
  const done = new Set(applied.filter((m) => m.batch !== -1).map((m) => m.name))
  const pending = shipped.filter((name) => !done.has(name))
  const pushed = applied.some((m) => m.batch === -1)
  return {
    state: pushed ? 'pushed by development' : pending.length > 0 ? 'pending' : 'current',
    applied: done.size,
    shipped: shipped.length,
    pending,
  }
}
