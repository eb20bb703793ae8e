import type { Instrumentation } from 'next'

/**
 * Runs once as the server boots, before any request: a production start whose settings would leave
 * the shop open (no SERVER_URL, so no cross-site request check; a short or published secret) stops
 * here with every problem named, instead of serving errors until someone notices. Then error
 * tracking starts, if `SENTRY_DSN` is set now (at run time: one build serves every shop).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeProductionSettings, servesProduction } = await import('@/adapters/production')
  if (servesProduction()) {
    try {
      refuseUnsafeProductionSettings()
    } catch (error) {
      console.error((error as Error).message)
      process.exit(1)
    }
  }
  if (process.env.SENTRY_DSN) {
    const { startServerErrorTracking } = await import('@/adapters/errorTracking')
    await startServerErrorTracking(process.env.SENTRY_DSN)
  }
}

/** An error thrown while rendering a page or running a route handler: reported when tracking is on. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.SENTRY_DSN) return
  const Sentry = await import('@sentry/nextjs')
  Sentry.captureRequestError(error, request, context)
}
