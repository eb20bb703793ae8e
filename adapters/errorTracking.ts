import type { AfterErrorHook } from 'payload'

import { errorReportCollection, scrubErrorReport } from '@/lib/errorReport'

/**
 * Error tracking (Sentry) on the server, only when `SENTRY_DSN` is set when the server starts: the
 * SDK is imported here, on demand, so a shop without it loads and sends nothing. Events pass
 * through scrubErrorReport (no people, tokens or prices). No tracesSampleRate: no performance tracing.
 */
export const startServerErrorTracking = async (dsn: string): Promise<void> => {
  const Sentry = await import('@sentry/nextjs')
  Sentry.init({
    dsn,
    environment: process.env.SENTRY_ENVIRONMENT || 'production',
    dataCollection: errorReportCollection,
    beforeSend: (event) => scrubErrorReport(event),
  })
}

/**
 * Payload answers an error in its REST and GraphQL routes itself, so Next's onRequestError never
 * sees it: this config-level `afterError` hook reports those answered with a 5xx (a 4xx is the
 * client's mistake, not ours).
 */
export const reportApiError: AfterErrorHook = async ({ error }) => {
  if (!process.env.SENTRY_DSN) return
  // Payload's own errors carry their status (a ValidationError 400); anything else is a 500.
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  const Sentry = await import('@sentry/nextjs')
  Sentry.captureException(error)
}
