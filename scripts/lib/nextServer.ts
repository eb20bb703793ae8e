import { spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import net from 'net'
import path from 'path'

export type NextServer = {
  url: string
  stop: () => Promise<void>
  logFile: string
  /** The server's process id, also its process group's (it is started detached). */
  pid: number
}

/** The production build the tests serve (scripts/test.sh builds it): `npm run build`'s own. */
export const testBuildDir = () => process.env.TEST_NEXT_DIST_DIR || '.next'

/** A signing secret long enough for production (32+ characters), for test and bench servers only. */
export const throwawaySecret = (label: string) => `${label}-throwaway-secret-`.padEnd(48, 'x')

/** A free TCP port on loopback. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const waitUntilServing = async (
  url: string,
  server: ChildProcess,
  logFile: string,
  seconds: number,
) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(60_000) })).status < 500)
        return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : ''
  throw new Error(`The server did not come up at ${url}.\n${log}`)
}

/**
 * Starts the real Next.js server (storefront, admin, REST and GraphQL) on loopback against
 * `databaseUrl`: server.mjs (`npm start`) when `mode` is 'production' (needs `next build`),
 * `next dev` when 'dev', and in the standalone build (`<distDir>/standalone`, as the Docker image
 * runs it) `standaloneEntry` — server.mjs, or Next's own server.js — when 'standalone'.
 * Its output goes to a log file under .tmp/.
 */
export const startNextServer = async ({
  databaseUrl,
  mode = 'dev',
  distDir = '.next',
  env = {},
  label = 'server',
  port: chosenPort,
  standaloneEntry = 'server.mjs',
}: {
  port?: number
  databaseUrl: string
  mode?: 'dev' | 'production' | 'standalone'
  standaloneEntry?: 'server.mjs' | 'server.js'
  distDir?: string
  env?: Record<string, string>
  label?: string
}): Promise<NextServer> => {
  // The build's data cache (unstable_cache, on disk) belongs to whichever database the last server
  // of this build served; a server on another database must not answer from it.
  const cwd = mode === 'standalone' ? path.join(distDir, 'standalone') : '.'
  if (mode !== 'dev')
    fs.rmSync(path.join(cwd, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const port = chosenPort ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  fs.mkdirSync('.tmp', { recursive: true })
  const logFile = path.resolve(`.tmp/${label}-${process.pid}.log`)
  const log = fs.openSync(logFile, 'w')
  // Production is server.mjs (`npm start`): next start's work plus the client's real address.
  const [command, args] =
    mode === 'production'
      ? ['node', ['server.mjs']]
      : mode === 'standalone'
        ? ['node', [standaloneEntry]]
        : ['npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1']]
  const server = spawn(command, args, {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SERVER_URL: url,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
      // Never vitest's 'test': Next.js expects development or production.
      NODE_ENV: mode === 'dev' ? 'development' : 'production',
      ...env,
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  const stop = async () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  try {
    await waitUntilServing(url, server, logFile, 300)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop, logFile, pid: server.pid! }
}
