import type { TestProject } from 'vitest/node'
import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import net from 'net'
import path from 'path'

import { createFreshDatabase, dropTestDatabases } from './databases'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const waitUntilServing = async (url: string, server: ChildProcess, logFile: string) => {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break
    try {
      const res = await fetch(`${url}/robots.txt`)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : ''
  throw new Error(`The e2e server did not come up at ${url}.\n${log}`)
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
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
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
  const logFile = path.resolve(`.tmp/e2e-server-${process.pid}.log`)
  const log = fs.openSync(logFile, 'w')
  const server = spawn('npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      ...env,
      SERVER_URL: baseURL,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  try {
    await waitUntilServing(baseURL, server, logFile)
    await warmUp(baseURL)
    project.provide('baseURL', baseURL)
  } catch (error) {
    process.kill(-server.pid!, 'SIGTERM')
    throw error
  }

  return async () => {
    process.kill(-server.pid!, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    fs.rmSync(mediaDir, { recursive: true, force: true })
    await dropTestDatabases()
  }
}
