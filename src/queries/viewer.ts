import { headers } from 'next/headers'
import { cache } from 'react'

import type { SavedAddress } from '@/lib/address'
import type { PlacerCollection } from '@/lib/accounts'
import type { DocumentId } from '@/lib/queryInput'
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

/** A buyer's own account as checkout and the address book need it. */
export type AddressBook = {
  collection: PlacerCollection
  id: DocumentId
  name: string
  phone: string
  addresses: SavedAddress[]
}

/**
 * A buyer's own saved addresses, name and phone, for checkout and the account page (per-person
 * pages only); null for anyone who does not place orders.
 */
export const addressBookOf = (user: AuthUser | null): AddressBook | null =>
  user?.collection === 'customers' || user?.collection === 'vendors'
    ? {
        collection: user.collection,
        id: user.id,
        name: (user.collection === 'vendors' ? user.ownerName : user.name) ?? '',
        phone: user.phone ?? '',
        addresses: (user.addresses ?? []).map(({ id, label, name, phone, address, pincode }) => ({
          id: id ?? null,
          label: label ?? '',
          name: name ?? '',
          phone,
          address: address ?? '',
          pincode: pincode ?? '',
        })),
      }
    : null
