import { unstable_cache } from 'next/cache'

import type { SiteSetting } from '@/payload-types'

import { cacheTags } from '@/lib/cacheTags'
import { rateFields } from '@/lib/metal'
import { payloadClient } from './payload'
import type { CategoryView, ImageView } from './views'
import { categoryViewFields, toCategoryView, toImageView } from './views'
import { defaultSiteName } from '@/lib/shop'
import { defaultTimeZone } from '@/lib/orderId'
import { defaultGstRate } from '@/lib/gst'
import { componentGstRates, type GstRates } from '@/lib/ratePricing'

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
  /** The GST rates (%) new orders are charged per component: the cart totals with them. */
  gstRates: GstRates
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
  gstRates: componentGstRates(doc.gstRate ?? defaultGstRate, doc.gstRates),
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

/** One rate on the ticker: "Gold 22K", per gram. */
export type TickerRate = { label: string; perGram: number }

export type RatesView = {
  gold: number | null
  silver: number | null
  /** The rates of the metals and purities the published catalogue is made in, per gram. */
  ticker: TickerRate[]
  updatedAt: string | null
}

/** Whether any published piece is made in this metal and purity. */
const catalogueUses = async (metal: string, purity: string): Promise<boolean> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'products',
    where: {
      and: [
        { status: { equals: 'published' } },
        { metal: { equals: metal } },
        { purity: { equals: purity } },
      ],
    },
    select: { metal: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs.length > 0
}

/**
 * Today's bullion rates per gram and when they were set: for the ticker, the reference rates (24K
 * gold, 999 silver) and those of the other metals and purities the catalogue is made in.
 */
export const getRates = unstable_cache(
  async (): Promise<RatesView> => {
    const payload = await payloadClient()
    const doc = await payload.findGlobal({ slug: 'rates', depth: 0, overrideAccess: false })
    const set = rateFields.filter(({ field }) => typeof doc[field] === 'number')
    // 24K gold and 999 silver are the trade's reference rates: always on the ticker. Each other
    // purity with a rate costs one indexed look-up, only when the rates or the products change.
    const reference = (field: string) => field === 'gold' || field === 'silver'
    const used = await Promise.all(
      set.map(({ field, metal, purity }) => reference(field) || catalogueUses(metal, purity)),
    )
    const shown = set.filter((_, i) => used[i])
    return {
      gold: doc.gold ?? null,
      silver: doc.silver ?? null,
      ticker: shown.map(({ field, label }) => ({ label, perGram: doc[field] as number })),
      updatedAt: doc.updatedAt ?? null,
    }
  },
  ['storefront:rates'],
  // Which purities the catalogue uses changes with the products.
  { tags: [cacheTags.rates, cacheTags.products] },
)
