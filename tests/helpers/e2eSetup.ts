import type { TestProject } from 'vitest/node'
import fs from 'fs'
import path from 'path'

import { startNextServer } from '@/scripts/lib/nextServer'

import { createFreshDatabase, dropTestDatabases } from '@/scripts/lib/databases'
import { shortenKeepAlive } from './shortKeepAlive'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

// The first request to each route compiles it in `next dev`; doing it here keeps that time out of
// the tests' own timeouts. Sequential on purpose: parallel compiles thrash the dev server.
const warmUp = async (baseURL: string) => {
  const list = (await (await fetch(`${baseURL}/api/products?limit=1&depth=0`)).json()) as {
    docs: { slug: string }[]
  }
  const product = list.docs[0]?.slug
  for (const route of [
    '/',
    '/products',
    '/categories/rings',
    ...(product ? [`/products/${product}`] : []),
    '/cart',
    '/search/suggest?q=gold',
    '/rates',
    '/login',
  ]) {
    await fetch(`${baseURL}${route}`).catch(() => undefined)
  }
}

/**
 * The browser tests' world: a fresh database seeded with the demo catalogue (30 products) through
 * the Local API, then `next dev` on a free port serving it, with the same media folder.
 */
export default async function setup(project: TestProject) {
  shortenKeepAlive()
  fs.mkdirSync('.tmp', { recursive: true })
  const mediaDir = path.resolve(`.tmp/e2e-media-${process.pid}`)
  const env = {
    DATABASE_URL: await createFreshDatabase('e2e'),
    PAYLOAD_SECRET: 'test-secret-e2e',
    MEDIA_DIR: mediaDir,
    SEED_DEMO_ON_EMPTY: 'false',
  }
  // The config reads these when it is first imported, so they are set before the dynamic import.
  Object.assign(process.env, env)
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seedDatabase } = await import('@/scripts/seed/seedDatabase')
  const payload = await getPayload({ config })
  await seedDatabase(payload, { mode: 'demo', productLimit: 30 })
  // Release the SQLite file before the server opens it.
  await payload.destroy()

  const distDir = process.env.E2E_NEXT_DIST_DIR || '.next-e2e'
  // unstable_cache entries survive on disk between runs; this run's database is new, so they go.
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const server = await startNextServer({
    databaseUrl: env.DATABASE_URL,
    distDir,
    env: { PAYLOAD_SECRET: env.PAYLOAD_SECRET, MEDIA_DIR: mediaDir },
    label: 'e2e-server',
  })
  try {
    await warmUp(server.url)
    project.provide('baseURL', server.url)
  } catch (error) {
    await server.stop()
    throw error
  }

  return async () => {
    await server.stop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
    await dropTestDatabases()
  }
}
