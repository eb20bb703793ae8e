/**
 * `npm run backup [-- --out file.tar.gz]`: one archive of the running shop (database, local media, a
 * manifest) without stopping it. Reads DATABASE_URL, MEDIA_DIR and S3_BUCKET like the server (from
 * the environment or .env). Media on S3 stay in the bucket: turn on its versioning (README).
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { parseArgs } from 'util'
import nextEnv from '@next/env'

import type { BackupManifest } from '@/lib/backupManifest'

import {
  appIdentity,
  checksumsOf,
  databaseFileName,
  formatBytes,
  listFiles,
  manifestName,
  packArchive,
  progressLog,
} from './lib/archive'
import { databaseArchiver } from './lib/archiveDatabase'

nextEnv.loadEnvConfig(process.cwd())

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const createdAt = new Date()
const database = databaseArchiver()
const out = path.resolve(
  values.out ??
    `backups/backup-${database.dialect}-${createdAt.toISOString().replace(/[:.]/g, '-')}.tar.gz`,
)
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')
const bucket = process.env.S3_BUCKET
const progress = progressLog()
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'jewel-backup-'))

try {
  console.log(`Backing up ${database.dialect} database ${database.label} to ${out}`)
  progress(
    database.dialect === 'sqlite'
      ? 'Copying the database (VACUUM INTO: one consistent read, the server keeps writing)…'
      : 'Dumping the database (pg_dump, custom format, from one consistent snapshot)…',
  )
  const databaseFile = path.join(staging, databaseFileName(database.dialect))
  const { counts, migration } = await database.snapshot(databaseFile)
  progress(
    `Database copied: ${formatBytes(fs.statSync(databaseFile).size)}, ${Object.keys(counts).length} tables, ${Object.values(counts).reduce((a, b) => a + b, 0)} rows, migration ${migration ?? '(none recorded)'}`,
  )

  // After the database: every file the copy refers to was written before it was taken.
  let media: BackupManifest['media']
  if (bucket) {
    media = {
      storage: 's3',
      bucket,
      note: 'Media stay in the S3 bucket and are not in this archive; keep the bucket versioned.',
    }
    progress(`Media are in S3 bucket ${bucket}: not copied (keep its versioning on).`)
  } else {
    const files = listFiles(mediaDir)
    progress(`Copying ${files.length} media files from ${mediaDir}…`)
    let bytes = 0
    for (const [i, file] of files.entries()) {
      const target = path.join(staging, 'media', file)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(mediaDir, file), target, fs.constants.COPYFILE_FICLONE)
      bytes += fs.statSync(target).size
      if ((i + 1) % 500 === 0) progress(`  ${i + 1} of ${files.length} media files`)
    }
    media = { storage: 'local', files: files.length, bytes }
    progress(`Media copied: ${files.length} files, ${formatBytes(bytes)}`)
  }

  progress('Computing checksums…')
  const manifest: BackupManifest = {
    format: 1,
    app: appIdentity(),
    dialect: database.dialect,
    migration,
    createdAt: createdAt.toISOString(),
    counts,
    media,
    checksums: await checksumsOf(staging),
  }
  fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)

  progress('Packing the archive…')
  fs.mkdirSync(path.dirname(out), { recursive: true })
  // Packed beside the target and renamed: a backup cut short never looks like a finished one.
  await packArchive(staging, `${out}.partial`)
  fs.renameSync(`${out}.partial`, out)
  progress(`Done: ${out} (${formatBytes(fs.statSync(out).size)})`)
} catch (error) {
  fs.rmSync(`${out}.partial`, { force: true })
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}
