import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { testClientAddress } from './clients'

export type Call = (
  path: string,
  init?: { method?: string; token?: string; body?: unknown },
) => Promise<{ status: number; body: any }>

/**
 * The production server on `databaseUrl`, for a test that kills it: its e-mail queue is left
 * undrained (the test counts the jobs each write queued), and loopback is a trusted proxy so that
 * each call can come from a client of its own (no sign-up throttle between the test's people).
 */
export const startCrashServer = (databaseUrl: string, label: string) =>
  startNextServer({
    databaseUrl,
    mode: 'production',
    distDir: testBuildDir(),
    env: {
      PAYLOAD_SECRET: throwawaySecret('crash'),
      MEDIA_DIR: '.tmp/crash-media',
      JOBS_AUTORUN: 'false',
      TRUSTED_PROXY: '127.0.0.1',
    },
    label,
  })

/** JSON calls to `server()`, each from its own client address; a dropped connection throws. */
export const callerOf =
  (server: () => NextServer): Call =>
  async (path, init = {}) => {
    const res = await fetch(`${server().url}${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': testClientAddress(),
        ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }

/** Kills the server's whole process group with SIGKILL (a power cut, as far as it knows). */
export const killServer = async (server: NextServer) => {
  process.kill(-server.pid, 'SIGKILL')
  // Gone once signal 0 finds no such process.
  for (;;) {
    try {
      process.kill(server.pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status?: number; error: string }

/**
 * Sends `count` requests at once and kills the server once `killAfter` of them have been answered
 * with success, while the rest are in flight. Each outcome says whether its request was
 * acknowledged (and with what) or not (an error status, or a connection dropped by the kill).
 */
export const burstThenKill = async <T>(
  server: NextServer,
  count: number,
  killAfter: number,
  send: (i: number) => Promise<{ status: number; body: any }>,
  acknowledged: (res: { status: number; body: any }) => T | null,
): Promise<{ outcomes: Outcome<T>[]; inFlightAtKill: number }> => {
  let answered = 0
  let succeeded = 0
  let inFlightAtKill = -1
  let killing: Promise<void> | null = null
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, i): Promise<Outcome<T>> => {
      try {
        const res = await send(i)
        answered++
        const value = acknowledged(res)
        if (value === null)
          return { ok: false, status: res.status, error: JSON.stringify(res.body) }
        if (++succeeded === killAfter) {
          inFlightAtKill = count - answered
          killing = killServer(server)
        }
        return { ok: true, value }
      } catch (error) {
        answered++
        return { ok: false, error: String(error) }
      }
    }),
  )
  await killing
  return { outcomes, inFlightAtKill }
}
