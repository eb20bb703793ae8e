import type { PeopleCollection } from './accounts'

/**
 * The signed-in person as the storefront's header shows them: a name and what kind of account it
 * is. The only account fields a browser is given outside the account's own pages.
 */
export type ViewerSummary = {
  collection: PeopleCollection
  id: number | string
  name: string
  email: string
  /** Vendors only: approval decides whether prices and ordering are open. */
  vendorStatus?: string
}

type Account = {
  collection: string
  id: number | string
  email: string
  name?: string | null
  businessName?: string | null
  status?: string | null
}

/** The summary of a signed-in account; a vendor goes by the business's name. */
export const viewerSummary = (account: Account): ViewerSummary => ({
  collection: account.collection as PeopleCollection,
  id: account.id,
  name: (account.collection === 'vendors' ? account.businessName : account.name) || account.email,
  email: account.email,
  vendorStatus: account.collection === 'vendors' ? (account.status ?? undefined) : undefined,
})

/** Whether the catalogue's trade prices may be asked for: staff and approved vendors. */
export const seesTradePrices = (viewer: ViewerSummary | null): boolean =>
  viewer?.collection === 'users' ||
  (viewer?.collection === 'vendors' && viewer.vendorStatus === 'approved')

/** The key of this viewer's own cart on a shared browser (`customers:12`), or the guest's. */
export const cartOwnerOf = (viewer: ViewerSummary | null): string =>
  viewer ? `${viewer.collection}:${viewer.id}` : 'guest'
