/**
 * `npm run restore -- <archive> [--force]`: brings a backup (`npm run backup`) back into the empty
 * database DATABASE_URL names and the empty media folder MEDIA_DIR names. Stop the server first.
 * Everything is checked before anything is written: the checksums, the database kind, that this
 * app knows the archive's schema, and that both targets are empty (`--force` replaces them).
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { parseArgs } from 'util'
import nextEnv from '@next/env'

import type { BackupManifest } from '@/lib/backupManifest'
import { checksumProblems, countMismatches, migrationRefusal } from '@/lib/backupManifest'

import {
  appMigrations,
  checksumsOf,
  databaseFileName,
  listFiles,
  manifestName,
  progressLog,
  unpackArchive,
} from './lib/archive'
import { databaseArchiver } from './lib/archiveDatabase'

nextEnv.loadEnvConfig(process.cwd())

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
})

/** Ends the restore with a message and nothing written. */
class Refusal extends Error {}

const archive = positionals[0] && path.resolve(positionals[0])
if (!archive || !fs.existsSync(archive)) {
  console.error('Usage: npm run restore -- <archive.tar.gz> [--force]  (the archive must exist)')
  process.exit(2)
}
const database = databaseArchiver()
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')
const progress = progressLog()
const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'jewel-restore-'))

try {
  console.log(`Restoring ${archive} into ${database.dialect} database ${database.label}`)
  progress('Unpacking the archive…')
  await unpackArchive(archive, unpacked)
  const manifestFile = path.join(unpacked, manifestName)
  if (!fs.existsSync(manifestFile)) throw new Refusal('This is not a backup archive: no manifest.')
  const manifest: BackupManifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  progress(
    `Archive of ${manifest.app.name} ${manifest.app.version}${manifest.app.commit ? ` (${manifest.app.commit.slice(0, 12)})` : ''}, ${manifest.dialect}, made ${manifest.createdAt}, migration ${manifest.migration ?? '(none recorded)'}`,
  )

  progress('Verifying checksums…')
  const damaged = checksumProblems(manifest.checksums, await checksumsOf(unpacked))
  if (damaged.length)
    throw new Refusal(`The archive is damaged; nothing was restored:\n  ${damaged.join('\n  ')}`)
  if (manifest.dialect !== database.dialect)
    throw new Refusal(
      `The archive holds a ${manifest.dialect} database but DATABASE_URL names a ${database.dialect} one.`,
    )
  const schema = migrationRefusal(manifest, appMigrations(database.dialect))
  if (schema) throw new Refusal(schema)

  const tables = await database.counts()
  // Media on S3 stay in the bucket: the local folder is not the restore's to judge.
  const mediaFiles = manifest.media.storage === 'local' ? listFiles(mediaDir) : []
  const occupied = [
    Object.keys(tables).length &&
      `the database ${database.label} has ${Object.keys(tables).length} tables (${Object.values(tables).reduce((a, b) => a + b, 0)} rows)`,
    mediaFiles.length && `the media folder ${mediaDir} has ${mediaFiles.length} files`,
  ].filter(Boolean)
  if (occupied.length && !values.force)
    throw new Refusal(
      `Not restoring over existing data: ${occupied.join(' and ')}. Restore into an empty database and media folder, or add --force to replace them.`,
    )
  if (occupied.length) progress(`--force: clearing ${occupied.join(' and ')}…`)
  if (Object.keys(tables).length) await database.clear()

  progress(`Loading the database into ${database.label}…`)
  await database.load(path.join(unpacked, databaseFileName(manifest.dialect)))
  const mismatches = countMismatches(manifest.counts, await database.counts())
  if (mismatches.length)
    throw new Error(`The restored database differs from the archive:\n  ${mismatches.join('\n  ')}`)
  progress(`Database restored: ${Object.keys(manifest.counts).length} tables, row counts match`)

  if (manifest.media.storage === 's3') {
    progress(
      `Media are in S3 bucket ${manifest.media.bucket}, not in the archive: nothing to copy.`,
    )
  } else {
    fs.rmSync(mediaDir, { recursive: true, force: true })
    const source = path.join(unpacked, 'media')
    const files = listFiles(source)
    progress(`Copying ${files.length} media files to ${mediaDir}…`)
    for (const [i, file] of files.entries()) {
      fs.mkdirSync(path.dirname(path.join(mediaDir, file)), { recursive: true })
      fs.copyFileSync(path.join(source, file), path.join(mediaDir, file))
      if ((i + 1) % 500 === 0) progress(`  ${i + 1} of ${files.length} media files`)
    }
  }
  progress('Done. Start the server: it applies any newer migrations of this app on start.')
} catch (error) {
  console.error(
    error instanceof Refusal
      ? `Restore refused: ${error.message}`
      : `Restore failed: ${(error as Error).message}`,
  )
  process.exitCode = error instanceof Refusal ? 3 : 1
} finally {
  fs.rmSync(unpacked, { recursive: true, force: true })
}
