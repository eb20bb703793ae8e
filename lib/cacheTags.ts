/** Cache tags shared by storefront queries and the hooks that revalidate them. */
export const cacheTags = {
  products: 'products',
  categories: 'categories',
  rates: 'rates',
  siteSettings: 'site-settings',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]
