'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { formatDateTime } from '../format'

/** The client half of DocumentDates: follows the document as it is saved. */
export function DocumentDatesShown({ timeZone }: { timeZone: string }) {
  const { savedDocumentData, data } = useDocumentInfo()
  const doc = (savedDocumentData ?? data ?? {}) as { updatedAt?: string; createdAt?: string }
  if (!doc.updatedAt && !doc.createdAt) return null
  return (
    <p className="shop-doc-dates" data-testid="document-dates">
      {doc.updatedAt ? <span>Modified {formatDateTime(doc.updatedAt, timeZone)}</span> : null}
      {doc.createdAt ? <span>Created {formatDateTime(doc.createdAt, timeZone)}</span> : null}
    </p>
  )
}
