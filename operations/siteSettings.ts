import type { PayloadRequest } from 'payload'

import type { SiteSetting } from '@/payload-types'

// Keyed by the request object, which every nested Local API call given `req` reuses. Not kept in
// `req.context`: each such call replaces that object with a copy, so a value set while a read is
// under way can land on the discarded one.
const readsOf = new WeakMap<PayloadRequest, Promise<SiteSetting>>()

/**
 * The site settings, read once per request: placing an order needs them for its ID's business day
 * and again for its emails' branding. For requests that read them, not for one that changes them.
 */
export const siteSettingsOf = (req: PayloadRequest): Promise<SiteSetting> => {
  let read = readsOf.get(req)
  if (!read) {
    read = req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    readsOf.set(req, read)
  }
  return read
}
