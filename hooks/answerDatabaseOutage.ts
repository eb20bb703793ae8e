import type { AfterErrorHook } from 'payload'

import { databaseFailedDuringRequest } from '@/adapters/observability'
import {
  databaseRetryAfterSeconds,
  databaseUnavailableMessage,
  isDatabaseUnavailable,
} from '@/lib/databaseErrors'

/**
 * A request that failed because the database is down, restarting, locked or read-only gets a 503
 * that says so, with `Retry-After`, instead of Payload's 500 "Something went wrong". Also when the
 * error it ends on is a consequence: a signed-in client whose user could not be loaded is treated
 * as a guest by Payload and refused, though the real cause is the outage.
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error) && !databaseFailedDuringRequest()) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: databaseUnavailableMessage } }
  req.responseHeaders = new Headers({ 'Retry-After': String(databaseRetryAfterSeconds) })
  return {
    status: 503,
    response: {
      errors: [
        { message: databaseUnavailableMessage, data: { retryAfter: databaseRetryAfterSeconds } },
      ],
    },
  }
}
