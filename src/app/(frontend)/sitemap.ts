import type { MetadataRoute } from 'next'

import { listCategories } from '@/src/queries/catalogue'
import { listProductSlugs } from '@/src/queries/products'
import { getSiteUrl } from '@/src/queries/siteUrl'

// Built per request from the (tag-cached) catalogue, not at build time.
export const dynamic = 'force-dynamic'

/** Route: GET /sitemap.xml. Static pages, every category and every published product. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [siteUrl, categories, products] = await Promise.all([
    getSiteUrl(),
    listCategories(),
    listProductSlugs(),
  ])
  return [
    { url: `${siteUrl}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${siteUrl}/products`, changeFrequency: 'daily', priority: 0.9 },
    ...categories.map((c) => ({
      url: `${siteUrl}/categories/${c.slug}`,
      changeFrequency: 'weekly' as const,
      priority: 0.8,
    })),
    ...products.map((p) => ({
      url: `${siteUrl}/products/${p.slug}`,
      lastModified: p.updatedAt,
      priority: 0.7,
    })),
    { url: `${siteUrl}/about`, priority: 0.4 },
    { url: `${siteUrl}/contact`, priority: 0.4 },
  ]
}
