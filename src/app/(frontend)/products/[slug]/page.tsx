import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { neverPlacesOrders } from '@/lib/orderPlacement'
import { formatGrams, metalAndPurity } from '@/src/components/format'
import { JsonLd } from '@/src/components/JsonLd'
import { AboutThePiece } from '@/src/components/product/AboutThePiece'
import { AddToCart } from '@/src/components/product/AddToCart'
import { Breadcrumbs } from '@/src/components/product/Breadcrumbs'
import { Gallery } from '@/src/components/product/Gallery'
import { PriceNote } from '@/src/components/product/PriceNote'
import { ProductGrid } from '@/src/components/product/ProductGrid'
import { productStructuredData, productSummary } from '@/src/components/product/productFacts'
import { Specifications } from '@/src/components/product/Specifications'
import { TradeTerms } from '@/src/components/product/TradeTerms'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getPricingFor } from '@/src/queries/pricing'
import { getProductBySlug, listRelatedProducts } from '@/src/queries/products'
import { getSiteUrl } from '@/src/queries/siteUrl'
import { getViewer } from '@/src/queries/viewer'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProductBySlug((await params).slug)
  if (!product) return { title: 'Piece not found' }
  const description = productSummary(product)
  return {
    title: product.name,
    description,
    alternates: { canonical: `/products/${product.slug}` },
    openGraph: {
      title: product.name,
      description,
      images: product.images.slice(0, 4).map((image) => ({
        url: image.large,
        alt: image.alt,
        width: image.width,
        height: image.height,
      })),
    },
  }
}

/**
 * One piece: gallery, specifications, description, add to cart and related pieces. Prices appear
 * only when this viewer's own query returns them.
 */
export default async function ProductPage({ params }: Props) {
  const { slug } = await params
  const product = await getProductBySlug(slug)
  if (!product) notFound()
  const [related, pricing, site, siteUrl, viewer] = await Promise.all([
    product.categoryId ? listRelatedProducts(product.id, product.categoryId, 4) : [],
    getPricingFor([product.id]),
    getSiteSettings(),
    getSiteUrl(),
    getViewer(),
  ])
  const terms = pricing.get(product.id)
  const relatedPricing = terms ? await getPricingFor(related.map((p) => p.id)) : new Map()
  const trail = [
    { href: '/', label: 'Home' },
    { href: '/products', label: 'Collection' },
    ...(product.category
      ? [{ href: `/categories/${product.category.slug}`, label: product.category.name }]
      : []),
  ]

  return (
    <article className="mx-auto max-w-7xl px-4 pt-6 sm:px-8 sm:pt-10">
      <JsonLd data={productStructuredData(product, { siteUrl, siteName: site.siteName })} />
      <Breadcrumbs trail={trail} />

      <div className="grid gap-10 md:grid-cols-[1.15fr_1fr] lg:gap-16">
        <Gallery images={product.images} name={product.name} />

        <div className="md:pt-2">
          <p className="eyebrow">{metalAndPurity(product.metal, product.purity)}</p>
          <h1 className="mt-3 font-serif text-4xl leading-tight sm:text-5xl">{product.name}</h1>
          <p className="mt-2 text-sm tracking-wider text-ink-soft">SKU {product.sku}</p>
          <div className="gold-rule my-6 w-32" />

          {terms ? (
            <TradeTerms pricing={terms} />
          ) : (
            <PriceNote product={product} signedIn={Boolean(viewer)} />
          )}

          {neverPlacesOrders(viewer) ? null : (
            <div className="mt-8">
              <AddToCart
                product={{
                  id: product.id,
                  slug: product.slug,
                  name: product.name,
                  sku: product.sku,
                  image: product.image?.thumb ?? null,
                  description: `${metalAndPurity(product.metal, product.purity)} · ${formatGrams(product.grossWeight)}`,
                }}
                sizes={product.sizes.length ? product.sizes : null}
              />
            </div>
          )}

          <Specifications product={product} />
          <AboutThePiece product={product} />
        </div>
      </div>

      {related.length ? (
        <section aria-labelledby="related" className="mt-24">
          <div className="mb-10 text-center">
            <p className="eyebrow">{product.category?.name}</p>
            <h2 id="related" className="mt-2 font-serif text-3xl sm:text-4xl">
              You may also like
            </h2>
          </div>
          <ProductGrid products={related} pricing={relatedPricing} />
        </section>
      ) : null}
    </article>
  )
}
