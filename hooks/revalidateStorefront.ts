import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { CacheTag } from '@/lib/cacheTags'

/** Read by response-cache.mjs, the server's cache of finished responses, in this same process. */
const storefrontChangedAt = Symbol.for('jewel.storefrontChangedAt')

const revalidate = (req: PayloadRequest, tags: readonly CacheTag[]) => {
  // Bulk writers (the seed, imports) set this and revalidate once at the end, if at all.
  if (req.context.disableRevalidate) return
  ;(globalThis as Record<symbol, unknown>)[storefrontChangedAt] = Date.now()
  for (const tag of tags) {
    try {
      // Expire at once rather than serve stale while refreshing ('max'): a staff edit must show on
      // the very next request.
      revalidateTag(tag, { expire: 0 })
    } catch {
      // Outside a Next.js request (seed script, tests on the Local API) there is no cache to drop.
    }
  }
}

/**
 * Drops the storefront's cached queries carrying these tags after a document changes, so a
 * published edit shows on the next request without a rebuild.
 */
export const revalidateAfterChange =
  (...tags: CacheTag[]): CollectionAfterChangeHook =>
  ({ doc, req }) => {
    revalidate(req, tags)
    return doc
  }

/** The same after a document is deleted. */
export const revalidateAfterDelete =
  (...tags: CacheTag[]): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    revalidate(req, tags)
    return doc
  }

/** The same for a global (rates, site settings). */
export const revalidateGlobalAfterChange =
  (...tags: CacheTag[]): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    revalidate(req, tags)
    return doc
  }
