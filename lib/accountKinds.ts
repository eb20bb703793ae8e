/** One auth collection per kind of person; the slug is the kind. */
export const peopleCollections = ['users', 'customers', 'vendors', 'goldsmiths'] as const
export type PeopleCollection = (typeof peopleCollections)[number]

/** The kinds that sign in on the storefront (and reset their password there). */
export const storefrontCollections = ['customers', 'vendors', 'goldsmiths'] as const
export type StorefrontCollection = (typeof storefrontCollections)[number]

/** What the storefront calls each kind of account. */
export const accountKindLabels: Record<PeopleCollection, string> = {
  customers: 'Customer',
  vendors: 'Retail partner',
  goldsmiths: 'Karigar',
  users: 'Staff',
}

/** Whether a value (a query parameter, a body field) names a storefront kind of account. */
export const isStorefrontCollection = (value: unknown): value is StorefrontCollection =>
  storefrontCollections.includes(value as StorefrontCollection)
