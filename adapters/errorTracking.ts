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

/** Reports an error Payload caught and answered with a 5xx (its REST and GraphQL routes). */
export const reportServerError = async (error: unknown): Promise<void> => {
  if (!process.env.SENTRY_DSN) return
  const Sentry = await import('@sentry/nextjs')
  Sentry.captureException(error)
}
