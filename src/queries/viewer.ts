import { headers } from 'next/headers'
import { cache } from 'react'

import { viewerSummary, type ViewerSummary } from '@/lib/viewer'

import { payloadClient } from './payload'

type AuthUser = NonNullable<
  Awaited<ReturnType<Awaited<ReturnType<typeof payloadClient>>['auth']>>['user']
>

/**
 * The person behind this request's `payload-token` cookie, or null, for the pages that are per
 * person anyway (account, cart, sign-in). Cached per request so a page's parts share one lookup.
 * Public pages never call it: they are cached for everyone, and ask /api/viewer from the browser.
 */
export const getViewer = cache(async (): Promise<AuthUser | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})

/** The few fields of the viewer that may be handed to client components. */
export const getViewerSummary = async (): Promise<ViewerSummary | null> => {
  const user = await getViewer()
  return user ? viewerSummary(user) : null
}
