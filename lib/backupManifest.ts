/**
 * What a backup archive says about itself (`npm run backup`, `npm run restore`), and the rules a
 * restore checks it against before it touches anything.
 */

export type BackupDialect = 'sqlite' | 'postgres'

export type BackupManifest = {
  format: 1
  app: { name: string; version: string; commit: string | null }
  dialect: BackupDialect
  /** The newest schema migration recorded in the database; null if it has none (dev-pushed). */
  migration: string | null
  createdAt: string
  /** Rows per table at the moment of the copy. */
  counts: Record<string, number>
  media:
    | { storage: 'local'; files: number; bytes: number }
    | { storage: 's3'; bucket: string; note: string }
  /** Path inside the archive → SHA-256 (hex), for every file but the manifest itself. */
  checksums: Record<string, string>
}

/**
 * Why an archive's schema cannot go into this app (`known`: its migrations, oldest first), or null
 * when it can: its newest migration must be one this app has. An older one is fine: the next start
 * applies the rest.
 */
export const migrationRefusal = (manifest: BackupManifest, known: string[]): string | null => {
  if (!manifest.migration || known.includes(manifest.migration)) return null
  const latest = known.at(-1) ?? '(none)'
  const commit = manifest.app.commit ? `, commit ${manifest.app.commit.slice(0, 12)}` : ''
  const made = `app ${manifest.app.version}${commit}`
  return manifest.migration > latest
    ? `The archive's schema is at migration ${manifest.migration}, newer than this app's latest (${latest}). Restore it with the app that made it (${made}) or a newer one.`
    : `The archive's schema is at migration ${manifest.migration}, which this app does not have (its latest is ${latest}). Restore it with the app that made it (${made}).`
}

/**
 * How the files found in an archive (path → SHA-256) differ from what its manifest lists: missing,
 * altered and unlisted files, one line each. Empty when the archive is intact.
 */
export const checksumProblems = (
  expected: Record<string, string>,
  found: Record<string, string>,
): string[] => {
  const problems: string[] = []
  for (const [file, sum] of Object.entries(expected)) {
    if (!(file in found)) problems.push(`${file} is missing`)
    else if (found[file] !== sum) problems.push(`${file} does not match its checksum`)
  }
  for (const file of Object.keys(found))
    if (!(file in expected)) problems.push(`${file} is not listed in the manifest`)
  return problems
}

/** Where the counts of a restored database differ from the manifest's, one line per table. */
export const countMismatches = (
  expected: Record<string, number>,
  found: Record<string, number>,
): string[] =>
  [...new Set([...Object.keys(expected), ...Object.keys(found)])]
    .sort()
    .filter((table) => expected[table] !== found[table])
    .map(
      (table) =>
        `${table}: ${found[table] ?? 'no table'} rows, the archive has ${expected[table] ?? 'no table'}`,
    )
