import { headers } from 'next/headers'
import { cache } from 'react'

import { payloadClient } from './payload'

type AuthUser = NonNullable<
  Awaited<ReturnType<Awaited<ReturnType<typeof payloadClient>>['auth']>>['user']
>

/** The signed-in person as the header shows them: a name and what kind of account it is. */
export type ViewerSummary = {
  collection: AuthUser['collection']
  id: AuthUser['id']
  name: string
  email: string
  /** Vendors only: approval decides whether prices and ordering are open. */
  vendorStatus?: string
}

/**
 * The person behind this request's `payload-token` cookie, or null. Cached per request so the
 * layout and the page share one lookup. Never cache what is rendered from it across requests.
 */
export const getViewer = cache(async (): Promise<AuthUser | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})

const nameOf = (user: AuthUser): string => {
  switch (user.collection) {
    case 'vendors':
      return user.businessName
    case 'customers':
    case 'goldsmiths':
    case 'users':
      return user.name || user.email
    default:
      return ''
  }
}

/** The few fields of the viewer that may be handed to client components. */
export const getViewerSummary = async (): Promise<ViewerSummary | null> => {
  const user = await getViewer()
  if (!user) return null
  return {
    collection: user.collection,
    id: user.id,
    name: nameOf(user),
    email: user.email,
    vendorStatus: user.collection === 'vendors' ? user.status : undefined,
  }
}
