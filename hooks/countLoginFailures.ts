import type { AfterErrorHook } from 'payload'

import { appMetrics } from '@/adapters/observability'

/** Counts sign-ins refused for a wrong email or password (REST and GraphQL), for /api/metrics. */
export const countLoginFailures: AfterErrorHook = ({ collection, error }) => {
  if (error.name === 'AuthenticationError' || error.name === 'LockedAuth')
    appMetrics().loginFailures.inc({ collection: collection?.slug ?? 'unknown' })
}
