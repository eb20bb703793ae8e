import fs from 'fs'
import { describe, expect, it } from 'vitest'

type Lock = { packages: Record<string, { version: string }> }

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as Lock
const payloadVersion = lock.packages['node_modules/payload'].version

// Not published at payload's version: their newest is used, with payload and ui overridden to ours.
const behind = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])

describe('dependencies: one Payload', () => {
  it('installs every @payloadcms package at payload’s version, but the two not published at it', () => {
    const off = Object.entries(lock.packages)
      .filter(([path]) => /^node_modules\/@payloadcms\/[^/]+$/.test(path))
      .map(([path, { version }]) => ({ name: path.slice('node_modules/'.length), version }))
      .filter(({ name, version }) => !behind.has(name) && version !== payloadVersion)
    expect(off).toEqual([])
  })

  it('installs one copy of payload, @payloadcms/ui, next and react', () => {
    const copies = Object.keys(lock.packages).filter((path) =>
      /(^|\/)node_modules\/(payload|@payloadcms\/ui|next|react|react-dom)$/.test(path),
    )
    expect(copies.sort()).toEqual(
      [
        'node_modules/@payloadcms/ui',
        'node_modules/next',
        'node_modules/payload',
        'node_modules/react',
        'node_modules/react-dom',
      ].sort(),
    )
  })
})
