import { describe, expect, it } from 'vitest'

import type { BackupManifest } from './backupManifest'
import { checksumProblems, countMismatches, migrationRefusal } from './backupManifest'

const manifest = (migration: string | null): BackupManifest => ({
  format: 1,
  app: { name: 'jewel-catalogue', version: '0.2.0', commit: 'abcdef0123456789abcdef' },
  dialect: 'sqlite',
  migration,
  createdAt: '2026-12-01T00:00:00.000Z',
  counts: {},
  media: { storage: 'local', files: 0, bytes: 0 },
  checksums: {},
})

const known = ['20261127_063810_initial', '20261130_093226_throttles']

describe('migrationRefusal', () => {
  it('accepts an archive at this app’s latest migration or an older one', () => {
    expect(migrationRefusal(manifest('20261130_093226_throttles'), known)).toBeNull()
    expect(migrationRefusal(manifest('20261127_063810_initial'), known)).toBeNull()
  })

  it('accepts a database without recorded migrations (pushed by development mode)', () => {
    expect(migrationRefusal(manifest(null), known)).toBeNull()
  })

  it('refuses a newer schema, naming both migrations and the app that made the archive', () => {
    const refusal = migrationRefusal(manifest('20270101_000000_later'), known)
    expect(refusal).toMatch(/20270101_000000_later, newer than this app's latest/)
    expect(refusal).toMatch(/20261130_093226_throttles/)
    expect(refusal).toMatch(/app 0\.2\.0, commit abcdef012345/)
  })

  it('refuses a migration this app does not have, even if older', () => {
    expect(migrationRefusal(manifest('20261128_000000_elsewhere'), known)).toMatch(
      /which this app does not have/,
    )
  })
})

describe('checksumProblems', () => {
  it('finds nothing wrong with an intact archive', () => {
    expect(checksumProblems({ a: '1', 'media/b': '2' }, { 'media/b': '2', a: '1' })).toEqual([])
  })

  it('names missing, altered and unlisted files', () => {
    expect(checksumProblems({ a: '1', b: '2' }, { b: '3', c: '4' })).toEqual([
      'a is missing',
      'b does not match its checksum',
      'c is not listed in the manifest',
    ])
  })
})

describe('countMismatches', () => {
  it('names each table whose row count differs, or that is missing on either side', () => {
    expect(
      countMismatches({ orders: 3, users: 2, gone: 1 }, { orders: 3, users: 1, extra: 0 }),
    ).toEqual([
      'extra: 0 rows, the archive has no table',
      'gone: no table rows, the archive has 1',
      'users: 1 rows, the archive has 2',
    ])
  })
})
