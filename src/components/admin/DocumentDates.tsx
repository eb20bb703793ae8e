import type { Payload } from 'payload'

import { shopLook } from './adminContext'
import { DocumentDatesShown } from './DocumentDatesShown'

/**
 * A document's "Modified / Created" in the business's time zone, beside its Save button. Payload's
 * own line formats them in the browser's zone and takes no zone option (admin.scss hides it).
 */
export async function DocumentDates({ payload }: { payload: Payload }) {
  const { timeZone } = await shopLook(payload)
  return <DocumentDatesShown timeZone={timeZone} />
}
