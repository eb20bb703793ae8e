import type { TestProject } from 'vitest/node'
import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import net from 'net'
import path from 'path'

import { createFreshDatabase, dropTestDatabases } from './databases'
import type { Fixtures } from './fixtures'
import { createFixtures } from './fixtures'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    fixtures: Fixtures
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
      const res = await fetch(`${url}/api/users/me`)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : ''
  throw new Error(`The test server did not come up at ${url}.\n${log}`)
}

/**
 * Starts the real Next.js server (Payload's REST and GraphQL routes included) on a fresh database,
 * builds the shared fixtures over HTTP, and hands the URL and fixture ids to the test files.
 */
export default async function setup(project: TestProject) {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const databaseUrl = await createFreshDatabase('http')
  fs.mkdirSync('.tmp', { recursive: true })
  // Apart from `npm run dev`'s .next; set TEST_NEXT_DIST_DIR to run two suites at once.
  const distDir = process.env.TEST_NEXT_DIST_DIR || '.next-test'
  const logFile = path.resolve(`.tmp/test-server-${process.pid}.log`)
  const log = fs.openSync(logFile, 'w')
  const server = spawn('npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'test-secret-http',
      SERVER_URL: baseURL,
      NEXT_DIST_DIR: distDir,
      MEDIA_DIR: `.tmp/test-media-${process.pid}`,
      NEXT_TELEMETRY_DISABLED: '1',
      SEED_DEMO_ON_EMPTY: 'false',
      NODE_OPTIONS: '--no-deprecation',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  try {
    await waitUntilServing(baseURL, server, logFile)
    const call = async (
      p: string,
      init: { method?: string; token?: string; body?: unknown } = {},
    ) => {
      const res = await fetch(`${baseURL}${p}`, {
        method: init.method ?? (init.body ? 'POST' : 'GET'),
        headers: {
          'Content-Type': 'application/json',
          ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      })
      const text = await res.text()
      return { status: res.status, body: text ? JSON.parse(text) : null }
    }
    // Compiles the GraphQL route before the first test needs it.
    await fetch(`${baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    project.provide('baseURL', baseURL)
    project.provide('fixtures', await createFixtures(call))
  } catch (error) {
    process.kill(-server.pid!, 'SIGTERM')
    throw error
  }

  return async () => {
    process.kill(-server.pid!, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    fs.rmSync(`.tmp/test-media-${process.pid}`, { recursive: true, force: true })
    await dropTestDatabases()
  }
}
