import * as Sentry from '@sentry/nextjs'

import { errorReportCollection, scrubErrorReport } from '@/lib/errorReport'

/**
 * The browser half of error tracking, imported on demand by ViewerProvider only when /api/viewer
 * says a DSN is configured: without one, pages load none of it. Reports go through /monitoring
 * (the pages may talk only to their own origin) and are scrubbed before they leave the browser.
 */
export const startBrowserErrorTracking = (dsn: string) => {
  if (Sentry.isInitialized()) return
  Sentry.init({
    dsn,
    tunnel: '/monitoring',
    dataCollection: errorReportCollection,
    beforeSend: (event) => scrubErrorReport(event),
  })
}
