import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import packageJson from '@/package.json'

import { newVendorBody, uniqueEmail } from '../helpers/accounts'
import { draftPrice, fixturePrices } from '../helpers/fixtures'
import { api, tokenFor } from '../helpers/http'
import { signUpOwner, startOwnServer } from '../helpers/ownServer'
import type { PersonKey } from '../helpers/people'
import { outsideStaff, testPassword } from '../helpers/people'

const scrapeToken = `scrape-${Math.random().toString(36).slice(2)}-token`

/** One sample's value from Prometheus text, 0 when the series is not there yet. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

describe('observability: /api/health', () => {
  it('reports the database round trip, migrations, uptime and version, never cached', async () => {
    const res = await api('/api/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toMatchObject({
      status: 'ok',
      version: packageJson.version,
      database: { status: 'ok', migrations: { state: 'current', pending: [] } },
    })
    expect(res.body.database.roundTripMs).toBeGreaterThanOrEqual(0)
    expect(res.body.database.migrations.applied).toBe(res.body.database.migrations.shipped)
    expect(res.body.uptimeSeconds).toBeGreaterThanOrEqual(0)
  })
})

describe('observability: who may read /api/metrics (shared server)', () => {
  const refused: (PersonKey | null)[] = [null, ...outsideStaff]

  it.each(refused)('answers 404 to %s, with no metric in the body', async (who) => {
    const res = await api('/api/metrics', { token: who ? await tokenFor(who) : null })
    expect(res.status).toBe(404)
    expect(JSON.stringify(res.body)).not.toContain('http_requests_total')
  })

  it('answers 404 to a bearer token when none is configured', async () => {
    const res = await api('/api/metrics', { headers: { Authorization: 'Bearer anything-at-all' } })
    expect(res.status).toBe(404)
  })

  it.each(['staff1', 'admin2'] as const)('serves Prometheus text to %s', async (who) => {
    const res = await api('/api/metrics', { token: await tokenFor(who) })
    expect(res.status).toBe(200)
    expect(String(res.body)).toContain('# TYPE http_requests_total counter')
    expect(String(res.body)).toContain('# TYPE http_request_duration_seconds histogram')
  })
})

describe('observability: request ids (shared server, loopback is its trusted proxy)', () => {
  it('keeps a well-formed X-Request-Id from a trusted proxy', async () => {
    const res = await api('/api/viewer', { headers: { 'X-Request-Id': 'nginx-0123456789abcdef' } })
    expect(res.headers.get('x-request-id')).toBe('nginx-0123456789abcdef')
  })

  it('replaces a malformed one', async () => {
    const res = await api('/api/viewer', { headers: { 'X-Request-Id': 'a b' } })
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

/**
 * A server of its own: a scrape token, a proxy that is not loopback (so a client's X-Request-Id is
 * not believed), and a log and counters no other file touches.
 */
describe('observability: metrics, logs and audit ids (own server)', () => {
  let server: NextServer
  let owner: string
  const call = async (p: string, init: Parameters<typeof fetch>[1] = {}) => {
    const res = await fetch(`${server.url}${p}`, init)
    const text = await res.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // Prometheus text
    }
    return { status: res.status, headers: res.headers, body }
  }
  const json = (token: string | null, body: unknown, method = 'POST'): RequestInit => ({
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  const scrape = async () => {
    const res = await call('/api/metrics', { headers: { Authorization: `Bearer ${scrapeToken}` } })
    expect(res.status).toBe(200)
    return String(res.body)
  }

  beforeAll(async () => {
    server = await startOwnServer('observe', await createFreshDatabase('observe', ''), {
      METRICS_TOKEN: scrapeToken,
      TRUSTED_PROXY: '10.9.9.9',
    })
    owner = await signUpOwner(server.url, testPassword)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('serves metrics to the scrape token, and 404 to a wrong one', async () => {
    expect(
      (await call('/api/metrics', { headers: { Authorization: 'Bearer wrong' } })).status,
    ).toBe(404)
    expect(await scrape()).toContain('http_requests_total')
  })

  it('counts requests by route pattern in the one registry the scrape reads', async () => {
    const series = 'http_requests_total{method="GET",route="/api/orders/:param",status="403"}'
    const before = sample(await scrape(), series)
    for (const id of [101, 202, 303]) await call(`/api/orders/${id}`)
    const after = await scrape()
    expect(sample(after, series)).toBe(before + 3)
    expect(after).toContain(
      'http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/orders/:param"}',
    )
    // Labels are patterns: no id, slug or made-up path of a client reaches them.
    await call('/products/a-made-up-slug-4471')
    const routes = [...(await scrape()).matchAll(/route="([^"]*)"/g)].map((m) => m[1])
    expect(routes.filter((r) => /\d|slug/.test(r))).toEqual([])
  })

  it('counts sign-in failures and throttled sign-ins', async () => {
    const failures = 'login_failures_total{collection="customers"}'
    const throttled = 'throttled_requests_total{throttle="login"}'
    const before = await scrape()
    const email = uniqueEmail('nobody')
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call('/api/customers/login', json(null, { email, password: 'Wrong-pass-2026' })))
          .status,
      )
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    const after = await scrape()
    expect(sample(after, failures)).toBe(sample(before, failures) + 5)
    expect(sample(after, throttled)).toBe(sample(before, throttled) + 1)
  })

  it('reports orders by status and email jobs waiting and failed', async () => {
    const text = await scrape()
    expect(text).toContain('orders{status="ordered"} 0')
    expect(text).toContain('email_jobs{state="waiting"}')
    expect(text).toContain('email_jobs{state="failed"} 0')
    const vendor = await call('/api/vendors', json(null, newVendorBody()))
    expect(vendor.status).toBe(201)
    // A vendor's registration is mailed to staff: the job waits (nothing drains the queue here).
    expect(sample(await scrape(), 'email_jobs{state="waiting"}')).toBeGreaterThan(0)
  })

  it('gives each request its own id, ignoring one a client (not a trusted proxy) sends', async () => {
    const first = await call('/api/viewer', { headers: { 'X-Request-Id': 'planted-by-client-1' } })
    const second = await call('/api/viewer')
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')]
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/)
    expect(ids[0]).not.toBe(ids[1])
  })

  it('writes the request id on the audit entry of the change it made', async () => {
    const created = await call('/api/categories', json(owner, { name: `Audited ${Date.now()}` }))
    expect(created.status).toBe(201)
    const requestId = created.headers.get('x-request-id')
    const entries = await call(
      `/api/audit-logs?where[target][equals]=categories&where[targetId][equals]=${created.body.doc.id}`,
      { headers: { Authorization: `JWT ${owner}` } },
    )
    expect(entries.body.docs.map((d: { requestId: string }) => d.requestId)).toEqual([requestId])
  })

  it('logs only JSON lines, those of a request carrying its id', async () => {
    const failed = await call(
      '/api/customers/login',
      json(null, { email: uniqueEmail('logged'), password: 'Wrong-pass-2026' }),
    )
    const requestId = failed.headers.get('x-request-id')
    await expect
      .poll(() => fs.readFileSync(server.logFile, 'utf8').includes(`"requestId":"${requestId}"`), {
        timeout: 10_000,
      })
      .toBe(true)
    const lines = fs.readFileSync(server.logFile, 'utf8').split('\n').filter(Boolean)
    const notJson = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object'
      } catch {
        return true
      }
    })
    expect(notJson).toEqual([])
    expect(lines.length).toBeGreaterThan(1)
  })
})

describe('observability: the log check of scripts/test.sh', () => {
  const check = (lines: string[]) => {
    const file = path.join(os.tmpdir(), `log-check-${process.pid}-${Date.now()}.txt`)
    fs.writeFileSync(file, `${lines.join('\n')}\n`)
    try {
      return spawnSync('npx', ['tsx', 'scripts/checkLogSecrets.ts', file], { encoding: 'utf8' })
    } finally {
      fs.rmSync(file, { force: true })
    }
  }
  const clean = '{"level":30,"msg":"Order 01122601 placed","requestId":"5e0b7c1a","port":45319}'

  it('passes a clean log', () => {
    expect(check([clean]).status).toBe(0)
  })

  it.each([
    ['a fixture price', `{"level":50,"msg":"params: Band,${fixturePrices[0].price},8"}`],
    ['a price written the Indian way', `{"msg":"total ₹${draftPrice.toLocaleString('en-IN')}"}`],
    ['a password', `{"msg":"body {\\"password\\":\\"${testPassword}\\"}"}`],
    ['a session cookie', '{"msg":"cookie: payload-token=abcdefghijklmnop"}'],
  ])('fails on a planted line with %s', (_, planted) => {
    const result = check([clean, planted])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(':2:')
  })
})
