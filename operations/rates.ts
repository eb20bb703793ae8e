import type { PayloadRequest } from 'payload'

import type { Rate } from '@/payload-types'

// Keyed by the request, as operations/siteSettings.ts keys its read (and for the same reason).
const readsOf = new WeakMap<PayloadRequest, Promise<Rate>>()

/** The current rates (the latest saved), read once per request. */
export const ratesOf = (req: PayloadRequest): Promise<Rate> => {
  let read = readsOf.get(req)
  if (!read) {
    read = req.payload.findGlobal({ slug: 'rates', depth: 0, req, overrideAccess: true })
    readsOf.set(req, read)
  }
  return read
}
