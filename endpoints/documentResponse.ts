import type { DocumentAccess } from '@/operations/documents/pdf'

import { refuse } from './responses'

const statusOf = { not_signed_in: 401, not_found: 404, forbidden: 403, not_ready: 409 } as const

/** A refused document request as HTTP: 401 signed out, 404 no such order for you, 403, 409. */
export const documentRefusal = (refused: Extract<DocumentAccess, { ok: false }>) =>
  refuse(statusOf[refused.refusal], refused.message)

/** A PDF shown in the browser (printable, saved under `filename`), never cached anywhere. */
export const pdfResponse = (bytes: Buffer, filename: string) =>
  new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })

/** The address the request came in on: where a QR code on a printed card should send a phone. */
export const originOf = (url: string | undefined, configured: string) =>
  configured || (url ? new URL(url).origin : '')
