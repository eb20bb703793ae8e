import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { neverPlacesOrders } from '@/lib/orderPlacement'
import { formatGrams, metalAndPurity, metalLabels } from '@/src/components/format'
import { JsonLd } from '@/src/components/JsonLd'
import { AddToCart } from '@/src/components/product/AddToCart'
import { Gallery } from '@/src/components/product/Gallery'
import { ProductGrid } from '@/src/components/product/ProductGrid'
import { TradeTerms } from '@/src/components/product/TradeTerms'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getPricingFor } from '@/src/queries/pricing'
import { getProductBySlug, listRelatedProducts } from '@/src/queries/products'
import { getSiteUrl } from '@/src/queries/siteUrl'
import type { ProductDetailView } from '@/src/queries/views'
import { getViewer } from '@/src/queries/viewer'

type Props = { params: Promise<{ slug: string }> }

const summaryOf = (product: ProductDetailView) =>
  `${metalAndPurity(product.metal, product.purity)} ${product.category?.name.toLowerCase() ?? 'piece'}, ${formatGrams(product.grossWeight)} gross. Handcrafted and made to order.`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProductBySlug((await params).slug)
  if (!product) return { title: 'Piece not found' }
  const description = summaryOf(product)
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

  const specs: [string, string][] = [
    ['Metal', metalLabels[product.metal] ?? product.metal],
    ['Purity', product.purity],
    ['Gross weight', formatGrams(product.grossWeight)],
    ['Net weight', formatGrams(product.netWeight)],
    ['Stone weight', formatGrams(product.stoneWeight)],
    ...product.attributes.map(({ key, value }): [string, string] => [key, value]),
    ['SKU', product.sku],
  ]

  // Public structured data: no offer, because a price is not public.
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.sku,
    description: summaryOf(product),
    image: product.images.map((image) => new URL(image.large, siteUrl).toString()),
    category: product.category?.name,
    material: metalAndPurity(product.metal, product.purity),
    brand: { '@type': 'Brand', name: site.siteName },
    url: `${siteUrl}/products/${product.slug}`,
    weight: { '@type': 'QuantitativeValue', value: product.grossWeight, unitCode: 'GRM' },
  }

  return (
    <article className="mx-auto max-w-7xl px-4 pt-6 sm:px-8 sm:pt-10">
      <JsonLd data={jsonLd} />
      <nav
        aria-label="Breadcrumb"
        className="mb-6 text-xs tracking-[0.12em] text-ink-soft uppercase"
      >
        <ol className="flex flex-wrap items-center gap-2">
          <li>
            <Link href="/" className="hover:text-gold-700">
              Home
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li>
            <Link href="/products" className="hover:text-gold-700">
              Collection
            </Link>
          </li>
          {product.category ? (
            <>
              <li aria-hidden>/</li>
              <li>
                <Link href={`/categories/${product.category.slug}`} className="hover:text-gold-700">
                  {product.category.name}
                </Link>
              </li>
            </>
          ) : null}
        </ol>
      </nav>

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
            <p
              className="border-l-2 border-gold-500 pl-4 text-sm leading-relaxed text-ink-soft"
              data-testid="price-note"
            >
              Priced on the day&rsquo;s{' '}
              {(metalLabels[product.metal] ?? product.metal).toLowerCase()} rate and your chosen
              size.{' '}
              {viewer ? (
                'We confirm the final amount when we accept your order.'
              ) : (
                <>
                  <Link
                    href={`/login?next=/products/${product.slug}`}
                    className="text-gold-700 underline underline-offset-4"
                  >
                    Retail partners sign in
                  </Link>{' '}
                  to see trade prices.
                </>
              )}
            </p>
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

          <section aria-labelledby="specifications" className="mt-10">
            <h2 id="specifications" className="eyebrow">
              Specifications
            </h2>
            <dl
              className="mt-4 divide-y divide-ivory-300 border-y border-ivory-300 text-sm"
              data-testid="specifications"
            >
              {specs.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-6 py-2.5">
                  <dt className="text-ink-soft">{label}</dt>
                  <dd className="text-right">{value}</dd>
                </div>
              ))}
            </dl>
          </section>

          {product.description ? (
            <section aria-labelledby="description" className="mt-10">
              <h2 id="description" className="eyebrow">
                About this piece
              </h2>
              <RichText
                data={product.description as unknown as SerializedEditorState}
                className="mt-4 space-y-4 font-serif text-lg leading-relaxed text-ink-soft"
              />
            </section>
          ) : null}

          {product.tags.length ? (
            <ul className="mt-8 flex flex-wrap gap-2" aria-label="Tags">
              {product.tags.map((tag) => (
                <li key={tag}>
                  <Link
                    href={`/products?q=${encodeURIComponent(tag)}`}
                    className="inline-block border border-ivory-300 bg-white px-3 py-1 text-xs tracking-wider hover:border-gold-700"
                  >
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
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
