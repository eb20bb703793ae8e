/**
 * What server.mjs knows about each request, shared with the app it runs in this same process:
 * a request id (AsyncLocalStorage, so Payload's log lines and audit entries carry it without being
 * handed it), the Prometheus registry every metric lives in (one, whichever copy of prom-client
 * the Next bundle holds), bounded route labels, and JSON console lines in production.
 * adapters/observability.ts is the app's side of it; both meet on `globalThis` under the keys
 * below, as response-cache.mjs and hooks/revalidateStorefront.ts do.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import { format } from 'node:util'
import client from 'prom-client'

const contextKey = Symbol.for('jewel.requestContext')
const registryKey = Symbol.for('jewel.metricsRegistry')

/** The request being served: `{ requestId, databaseFailure? }`; undefined outside a request. */
export const requestContext = (globalThis[contextKey] ??= new AsyncLocalStorage())

/** The one registry of this process (adapters/observability.ts registers the app's metrics in it). */
export const metricsRegistry = () => (globalThis[registryKey] ??= new client.Registry())

// An id we accept from a trusted proxy: what Nginx's $request_id, a UUID or a trace id look like.
const wellFormedId = /^[A-Za-z0-9._:-]{8,128}$/

const normalise = (address) => (address ?? '').replace(/^::ffff:/i, '')

/**
 * The request's id: the incoming X-Request-Id when the TCP peer is a proxy listed in TRUSTED_PROXY
 * and the id is well formed (so one id follows a request through Nginx and here), otherwise a new
 * UUID. Anyone else's header is ignored: a client must not plant ids in our logs.
 */
export const requestIdFor = (incoming, peer, trustedProxy = process.env.TRUSTED_PROXY) => {
  const trusted = (trustedProxy ?? '').split(',').map((a) => normalise(a.trim()))
  const id = Array.isArray(incoming) ? incoming[0] : incoming
  return trusted.includes(normalise(peer)) && typeof id === 'string' && wellFormedId.test(id)
    ? id
    : randomUUID()
}

// Words a route label may keep; every other path segment becomes `:param`, so a label set stays
// bounded whatever URLs clients make up (ids, slugs, order numbers, probes).
const knownSegments = new Set(
  [
    // the API: collections, globals and our endpoints
    'api users customers vendors goldsmiths categories products media orders notifications',
    'audit-logs counters throttles payload-jobs payload-locked-documents payload-preferences',
    'payload-migrations globals rates site-settings graphql graphql-playground health metrics',
    'viewer account-kind login logout me refresh-token forgot-password reset-password',
    'first-register init unlock verify access transition edit ready-date workload read stream',
    'sessions second-factor change-password by-sku file count versions unread-count feed',
    'mark-all-read setup enable disable reset recovery-codes',
    // the storefront and admin
    'admin account quick-order cart catalogue contact send register search suggest robots.txt',
    'collections create',
  ]
    .join(' ')
    .split(' '),
)

/** A bounded label for a request's route: `/api/orders/:param/transition`, `/_next`, `/`. */
export const routeLabel = (url) => {
  const path = (url ?? '/').split('?')[0]
  if (path.startsWith('/_next/')) return '/_next'
  const segments = path.split('/').filter(Boolean)
  if (segments.length === 1 && /\.[a-z0-9]+$/i.test(segments[0]) && !knownSegments.has(segments[0]))
    return '/:file'
  const labelled = segments.slice(0, 5).map((s) => (knownSegments.has(s) ? s : ':param'))
  return `/${labelled.join('/')}${segments.length > 5 ? '/…' : ''}`
}

const httpMetrics = () => {
  const registry = metricsRegistry()
  const existing = registry.getSingleMetric('http_requests_total')
  if (existing)
    return {
      requests: existing,
      duration: registry.getSingleMetric('http_request_duration_seconds'),
      serverErrors: registry.getSingleMetric('http_server_errors_total'),
    }
  return {
    requests: new client.Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from a request arriving to its response finishing, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    serverErrors: new client.Counter({
      name: 'http_server_errors_total',
      help: 'Responses with a 5xx status, by route pattern.',
      labelNames: ['route'],
      registers: [registry],
    }),
  }
}

/** Counts a request and times it once its response has finished (or its client went away). */
export const measureRequest = (req, res) => {
  const started = process.hrtime.bigint()
  const { requests, duration, serverErrors } = httpMetrics()
  res.once('close', () => {
    const route = routeLabel(req.url)
    const method = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(req.method)
      ? req.method
      : 'OTHER'
    const status = String(res.statusCode)
    requests.inc({ method, route, status })
    duration.observe({ method, route }, Number(process.hrtime.bigint() - started) / 1e9)
    if (res.statusCode >= 500) serverErrors.inc({ route })
  })
}

const consoleLevels = { debug: 20, log: 30, info: 30, warn: 40, error: 50 }

/**
 * In production every console line (Next's own, a stray console.log) becomes one JSON object like
 * Payload's pino lines: level, time, msg, and the request id when inside a request.
 */
export const jsonConsole = () => {
  for (const [method, level] of Object.entries(consoleLevels)) {
    const stream = level >= 40 ? process.stderr : process.stdout
    console[method] = (...args) => {
      const requestId = requestContext.getStore()?.requestId
      const line = { level, time: Date.now(), msg: format(...args) }
      stream.write(`${JSON.stringify(requestId ? { ...line, requestId } : line)}\n`)
    }
  }
}
