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

/**
 * JSON calls to `server()`, each from its own client address. A connection the kill drops throws;
 * an answer that is not JSON (a proxy's page, say) is kept as text for the assertion to show.
 */
export const callerOf =
  (server: () => NextServer): Call =>
  async (path, { method, token, body } = {}) => {
    const headers: Record<string, string> = { 'X-Forwarded-For': testClientAddress() }
    if (token) headers.Authorization = `JWT ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const res = await fetch(new URL(path, server().url), {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    try {
      return { status: res.status, body: text ? JSON.parse(text) : null }
    } catch {
      return { status: res.status, body: text }
    }
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
 * Sends `count` requests, at most `concurrency` in flight at a time (all at once by default), and
 * kills the server once `killAfter` of them have been answered with success, while others are in
 * flight. Each outcome says whether its request was acknowledged (and with what) or not (an error
 * status, or a connection dropped by the kill or refused after it). A limit keeps a fast server
 * from committing the whole burst before its first answers are flushed (SQLite's writes hold the
 * event loop), which would leave the kill nothing to cut off.
 */
export const burstThenKill = async <T>(
  server: NextServer,
  count: number,
  killAfter: number,
  send: (i: number) => Promise<{ status: number; body: any }>,
  acknowledged: (res: { status: number; body: any }) => T | null,
  concurrency = count,
): Promise<{ outcomes: Outcome<T>[]; inFlightAtKill: number }> => {
  let started = 0
  let answered = 0
  let succeeded = 0
  let inFlightAtKill = -1
  let killing: Promise<void> | null = null
  const outcomes: Outcome<T>[] = new Array(count)
  const one = async (i: number): Promise<Outcome<T>> => {
    try {
      const res = await send(i)
      answered++
      const value = acknowledged(res)
      if (value === null) return { ok: false, status: res.status, error: JSON.stringify(res.body) }
      if (++succeeded === killAfter) {
        inFlightAtKill = started - answered
        killing = killServer(server)
      }
      return { ok: true, value }
    } catch (error) {
      answered++
      return { ok: false, error: String(error) }
    }
  }
  const worker = async () => {
    while (started < count) {
      const i = started++
      outcomes[i] = await one(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  await killing
  return { outcomes, inFlightAtKill }
}
