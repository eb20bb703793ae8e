import fs from 'fs'
import path from 'path'
import vm from 'vm'
import { gzipSync } from 'zlib'

type ClientManifest = { entryJSFiles?: Record<string, string[]> }

/**
 * Each storefront page's first-load JavaScript, gzipped: the build manifest's root files (the
 * runtime every page loads) plus every chunk of the page's segments (layouts, page, error and
 * not-found boundaries) in its client reference manifest, each file counted once. Next 16 with
 * Turbopack writes no app-build-manifest.json; these two manifests carry the same information.
 */
export const firstLoadJs = (distDir = process.env.NEXT_DIST_DIR || '.next') => {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[]
  }
  const appDir = path.join(distDir, 'server/app/(frontend)')
  const gzipSizes = new Map<string, number>()
  const gzipSize = (file: string) => {
    if (!gzipSizes.has(file))
      gzipSizes.set(file, gzipSync(fs.readFileSync(path.join(distDir, file))).length)
    return gzipSizes.get(file)!
  }
  const manifests = (fs.readdirSync(appDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('page_client-reference-manifest.js'))
    .sort()
  return manifests.map((file) => {
    // The manifest is a script assigning globalThis.__RSC_MANIFEST[entry]; run it in a sandbox.
    const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {}
    vm.runInNewContext(fs.readFileSync(path.join(appDir, file), 'utf8'), sandbox)
    const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {}
    const files = new Set([
      ...build.rootMainFiles,
      ...Object.values(manifest.entryJSFiles ?? {}).flat(),
    ])
    const route = `/${path.dirname(file)}`.replace(/\/\.$/, '') || '/'
    return {
      route: route === '/.' ? '/' : route,
      files: files.size,
      gzipBytes: [...files].reduce((sum, f) => sum + gzipSize(f), 0),
    }
  })
}
