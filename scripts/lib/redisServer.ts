import { spawn } from 'child_process'
import fs from 'fs'
import path from 'path'
import { Redis } from 'ioredis'

import { freePort } from './nextServer'

export type RedisServer = { url: string; stop: () => Promise<void> }

/**
 * Debian's redis-server on a free loopback port, in memory only (nothing saved), for a test or a
 * bench run; `apt-get install redis-server` provides it. Its log goes under .tmp/.
 */
export const startRedisServer = async (label = 'redis'): Promise<RedisServer> => {
  const port = await freePort()
  fs.mkdirSync('.tmp', { recursive: true })
  const log = fs.openSync(path.resolve(`.tmp/${label}-${process.pid}.log`), 'w')
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', log, log], detached: true },
  )
  const url = `redis://127.0.0.1:${port}`
  const stop = async () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 })
  client.on('error', () => {})
  for (let tries = 0; ; tries++) {
    try {
      await client.connect()
      await client.ping()
      client.disconnect()
      return { url, stop }
    } catch (error) {
      client.disconnect()
      if (tries > 50 || server.exitCode !== null) {
        await stop()
        throw new Error(`redis-server did not start on ${url}: ${(error as Error).message}`)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}
