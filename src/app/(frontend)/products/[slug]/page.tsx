import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatGrams, metalAndPurity } from '@/src/components/format'
import { JsonLd } from '@/src/components/JsonLd'
import { AboutThePiece } from '@/src/components/product/AboutThePiece'
import { AddToCart } from '@/src/components/product/AddToCart'
import { Breadcrumbs } from '@/src/components/product/Breadcrumbs'
import { Gallery } from '@/src/components/product/Gallery'
import { PriceBook, ProductPrice } from '@/src/components/product/PriceBook'
import { ProductGrid } from '@/src/components/product/ProductGrid'
import { productStructuredData, productSummary } from '@/src/components/product/productFacts'
import { Specifications } from '@/src/components/product/Specifications'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getProductBySlug, listRelatedProducts } from '@/src/queries/products'
import { getSiteUrl } from '@/src/queries/siteUrl'

type Props = { params: Promise<{ slug: string }> }

// Each piece's page is rendered on its first request, then served from the page cache until an
// edit revalidates it; never at build time, when no database need exist.
export const generateStaticParams = () => []

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
 * One piece: gallery, specifications, description, add to cart and related pieces. The same HTML
 * for everyone; a price is filled in by the browser, for those the products API gives it to.
 */
export default async function ProductPage({ params }: Props) {
  const { slug } = await params
  const product = await getProductBySlug(slug)
  if (!product) notFound()
  const [related, site, siteUrl] = await Promise.all([
    product.categoryId ? listRelatedProducts(product.id, product.categoryId, 4) : [],
    getSiteSettings(),
    getSiteUrl(),
  ])
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

          <PriceBook productIds={[product.id]}>
            <ProductPrice product={product} />
          </PriceBook>

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
          <ProductGrid products={related} />
        </section>
      ) : null}
    </article>
  )
}
