import type { AsyncLocalStorage } from 'node:async_hooks'
import type { Config } from 'payload'
import client from 'prom-client'

import { loggedError, redactedLogPaths } from '@/lib/logRedaction'

/*
 * The app's side of observability.mjs (server.mjs's request id, context and metrics registry):
 * both meet on these `globalThis` keys, since the Next bundle holds its own copy of every module.
 * Without server.mjs in front (next dev, scripts) there is no request context, and a registry of
 * the app's own.
 */

type RequestContext = { requestId: string; databaseFailure?: boolean }
const contextKey = Symbol.for('jewel.requestContext')
const registryKey = Symbol.for('jewel.metricsRegistry')
const shared = globalThis as unknown as Record<symbol, unknown>

/** The request being served, as server.mjs opened it; undefined outside one. */
const currentRequest = (): RequestContext | undefined =>
  (shared[contextKey] as AsyncLocalStorage<RequestContext> | undefined)?.getStore()

/** The id server.mjs gave the request being served (also in its `X-Request-Id` response header). */
export const currentRequestId = (): string | null => currentRequest()?.requestId ?? null

/**
 * Remembers that the database failed during this request, even where Payload swallows the error
 * (signing a token's user in): the request's own error is then answered as the outage it is.
 */
export const noteDatabaseFailure = (): void => {
  const request = currentRequest()
  if (request) request.databaseFailure = true
}

/** Whether the database failed at any point while serving this request. */
export const databaseFailedDuringRequest = (): boolean => currentRequest()?.databaseFailure === true

/** The process's one Prometheus registry (server.mjs's when it runs in front). */
export const metricsRegistry = (): client.Registry =>
  (shared[registryKey] ??= new client.Registry()) as client.Registry

const single = <T extends client.Metric>(name: string, make: (registry: client.Registry) => T) => {
  const registry = metricsRegistry()
  return (registry.getSingleMetric(name) as T | undefined) ?? make(registry)
}

/** Counters the app raises and gauges it sets when scraped; created once per process. */
export const appMetrics = () => ({
  loginFailures: single(
    'login_failures_total',
    (registry) =>
      new client.Counter({
        name: 'login_failures_total',
        help: 'Sign-ins refused for a wrong email or password, by kind of account.',
        labelNames: ['collection'],
        registers: [registry],
      }),
  ),
  throttled: single(
    'throttled_requests_total',
    (registry) =>
      new client.Counter({
        name: 'throttled_requests_total',
        help: 'Attempts refused with 429 for going over a limit, by limit.',
        labelNames: ['throttle'],
        registers: [registry],
      }),
  ),
  orders: single(
    'orders',
    (registry) =>
      new client.Gauge({
        name: 'orders',
        help: 'Orders in the database, by status.',
        labelNames: ['status'],
        registers: [registry],
      }),
  ),
  emailJobs: single(
    'email_jobs',
    (registry) =>
      new client.Gauge({
        name: 'email_jobs',
        help: 'Email jobs in the queue: waiting to be sent, or failed for good.',
        labelNames: ['state'],
        registers: [registry],
      }),
  ),
})

/**
 * Payload's logger in production: pino's JSON lines (not its pretty printer), each with the
 * request id when inside a request, errors without their SQL parameters, and no password, token
 * or cookie field. Development keeps Payload's readable default.
 */
export const jsonLogger = (): Config['logger'] =>
  process.env.NODE_ENV === 'production'
    ? {
        options: {
          level: process.env.LOG_LEVEL || 'info',
          redact: { paths: redactedLogPaths, censor: '[redacted]' },
          serializers: { err: loggedError },
          mixin: () => {
            const requestId = currentRequestId()
            return requestId ? { requestId } : {}
          },
        },
      }
    : undefined
