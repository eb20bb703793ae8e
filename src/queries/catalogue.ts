import { unstable_cache } from 'next/cache'

import type { SiteSetting } from '@/payload-types'

import { cacheTags } from '@/lib/cacheTags'
import { payloadClient } from './payload'
import type { CategoryView, ImageView } from './views'
import { categoryViewFields, toCategoryView, toImageView } from './views'
import { defaultSiteName } from '@/lib/shop'
import { defaultTimeZone } from '@/lib/orderId'
import { defaultGstRate } from '@/lib/gst'

// Everything here is read without a user (the public view) and so may be cached across visitors;
// the hooks in hooks/revalidateStorefront.ts drop these entries when staff change the data.

/** Categories in display order, with their icons. */
export const listCategories = unstable_cache(
  async (): Promise<CategoryView[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      sort: '_order',
      depth: 1,
      limit: 100,
      // What a category view shows: not the API's counted `order` position.
      select: categoryViewFields,
      overrideAccess: false,
    })
    return docs.map(toCategoryView)
  },
  ['storefront:categories'],
  { tags: [cacheTags.categories] },
)

/** One category by its slug, or null. */
export const getCategoryBySlug = async (slug: string): Promise<CategoryView | null> =>
  (await listCategories()).find((category) => category.slug === slug) ?? null

export type SiteView = {
  siteName: string
  logo: ImageView | null
  hero: {
    image: ImageView | null
    headline: string
    subheadline: string
    ctaLabel: string
    ctaHref: string
  }
  about: string
  contact: { email: string; phone: string; address: string }
  footerText: string
  socialLinks: { platform: string; url: string }[]
  /** The business's time zone, so times (the rates' last update) read the same for everyone. */
  timeZone: string
  /** The GST rate (%) new orders are charged: the cart shows it to those who see prices. */
  gstRate: number
}

const toSiteView = (doc: SiteSetting): SiteView => ({
  siteName: doc.siteName || defaultSiteName,
  logo: toImageView(doc.logo),
  hero: {
    image: toImageView(doc.hero?.image),
    headline: doc.hero?.headline || 'Handcrafted jewellery, made to order',
    subheadline: doc.hero?.subheadline || '',
    ctaLabel: doc.hero?.ctaLabel || 'Explore the collection',
    ctaHref: doc.hero?.ctaHref || '/products',
  },
  about: doc.about || '',
  contact: {
    email: doc.contact?.email || '',
    phone: doc.contact?.phone || '',
    address: doc.contact?.address || '',
  },
  footerText: doc.footerText || '',
  socialLinks: (doc.socialLinks ?? []).map(({ platform, url }) => ({ platform, url })),
  timeZone: doc.timeZone || defaultTimeZone,
  gstRate: doc.gstRate ?? defaultGstRate,
})

/** Branding, hero, about and contact details. */
export const getSiteSettings = unstable_cache(
  async (): Promise<SiteView> => {
    const payload = await payloadClient()
    const doc = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
    return toSiteView(doc)
  },
  ['storefront:site-settings'],
  { tags: [cacheTags.siteSettings] },
)

export type RatesView = { gold: number | null; silver: number | null; updatedAt: string | null }

/** Today's bullion rates per gram and when they were set. */
export const getRates = unstable_cache(
  async (): Promise<RatesView> => {
    const payload = await payloadClient()
    const doc = await payload.findGlobal({ slug: 'rates', depth: 0, overrideAccess: false })
    return { gold: doc.gold ?? null, silver: doc.silver ?? null, updatedAt: doc.updatedAt ?? null }
  },
  ['storefront:rates'],
  { tags: [cacheTags.rates] },
)
