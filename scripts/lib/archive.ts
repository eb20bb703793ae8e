import { spawn, spawnSync } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

import type { BackupDialect, BackupManifest } from '@/lib/backupManifest'

/**
 * One backup archive (`npm run backup`, `npm run restore`): a gzipped tar holding `manifest.json`,
 * the database copy (`database.sqlite` or `database.pgdump`) and the local media folder under
 * `media/`. The manifest says what made it and lists a SHA-256 for every other file, so a restore
 * can refuse a damaged archive before it touches anything.
 */

export const manifestName = 'manifest.json'
export const databaseFileName = (dialect: BackupDialect) =>
  dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Progress lines with the seconds since the command started, for long backups and restores. */
export const progressLog = () => {
  const started = Date.now()
  return (message: string) =>
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s  ${message}`)
}

export const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`

/** The app's name, version and git commit (GIT_COMMIT, else the checkout's HEAD, else null). */
export const appIdentity = (): BackupManifest['app'] => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
  let commit = process.env.GIT_COMMIT || null
  if (!commit) {
    const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' })
    if (git.status === 0) commit = git.stdout.trim() || null
  }
  return { name: pkg.name, version: pkg.version, commit }
}

/** This app's schema migrations for a dialect, oldest first (the names Payload records). */
export const appMigrations = (dialect: BackupDialect): string[] =>
  fs
    .readdirSync(path.join(repoRoot, 'migrations', dialect))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

/** SHA-256 of a file, streamed. */
export const sha256File = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export const listFiles = (dir: string): string[] => {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** Runs a command (tar, pg_dump, pg_restore), failing with its standard error. */
export const runCommand = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ...env },
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) =>
      reject(new Error(`${command} could not be started: ${error.message}`)),
    )
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args[0]} failed (exit ${code}):\n${stderr.trim()}`)),
    )
  })

/** Packs the staging folder into a gzipped tar (system tar: streams, however large the media). */
export const packArchive = (staging: string, out: string) =>
  runCommand('tar', ['-czf', out, '-C', staging, '.'])

export const unpackArchive = (archive: string, into: string) =>
  runCommand('tar', ['-xzf', archive, '-C', into, '--no-same-owner'])

/** The SHA-256 of every file in the unpacked archive but the manifest (compare: checksumProblems). */
export const checksumsOf = async (unpacked: string) => {
  const sums: Record<string, string> = {}
  for (const file of listFiles(unpacked))
    if (file !== manifestName) sums[file] = await sha256File(path.join(unpacked, file))
  return sums
}
