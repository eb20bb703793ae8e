import { formatGrams, metalAndPurity } from '@/src/components/format'
import type { ProductDetailView } from '@/src/queries/views'

/** One sentence about a piece, for search engines, link previews and structured data. */
export const productSummary = (product: ProductDetailView) =>
  `${metalAndPurity(product.metal, product.purity)} ${product.category?.name.toLowerCase() ?? 'piece'}, ${formatGrams(product.grossWeight)} gross. Handcrafted and made to order.`

/** schema.org Product data. No offer: a price is not public. */
export const productStructuredData = (
  product: ProductDetailView,
  { siteUrl, siteName }: { siteUrl: string; siteName: string },
) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: product.name,
  sku: product.sku,
  description: productSummary(product),
  image: product.images.map((image) => new URL(image.large, siteUrl).toString()),
  category: product.category?.name,
  material: metalAndPurity(product.metal, product.purity),
  brand: { '@type': 'Brand', name: siteName },
  url: `${siteUrl}/products/${product.slug}`,
  weight: { '@type': 'QuantitativeValue', value: product.grossWeight, unitCode: 'GRM' },
})
