import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CatalogueView } from '@/src/components/catalogue/CatalogueView'
import { listCategories } from '@/src/queries/catalogue'
import { readCatalogueViewKey } from '@/lib/catalogueQuery'
import { listProducts } from '@/src/queries/products'

/**
 * /products?… arrives here rewritten by src/proxy.ts, its filters as one canonical path segment
 * (`metal=gold&sort=name`, or `all`), so each view is rendered once and then served from the page
 * cache, the same for everyone, until a catalogue edit revalidates it.
 */
type Props = { params: Promise<{ view: string }> }

const queryOf = async (params: Props['params']) =>
  readCatalogueViewKey(decodeURIComponent((await params).view), '/products')

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = await queryOf(params)
  if (!query) return { title: 'Not found' }
  const title = query.q ? `“${query.q}” in the collection` : 'The collection'
  return {
    title,
    description:
      'Rings, necklaces, earrings, bangles and more in hallmarked gold, silver and platinum, each made to order.',
    alternates: { canonical: '/products' },
    openGraph: { title },
  }
}

/** The catalogue at /products: every filter, the sort, the page and the layout come from the URL. */
export default async function ProductsPage({ params }: Props) {
  const query = await queryOf(params)
  if (!query) notFound()
  const [categories, result] = await Promise.all([listCategories(), listProducts(query)])
  const heading = query.q
    ? `Results for “${query.q}”`
    : query.category
      ? (categories.find((c) => c.slug === query.category)?.name ?? 'The collection')
      : 'The collection'
  return (
    <>
      <header className="border-b border-ivory-300 bg-ivory-200/60 px-4 py-10 text-center sm:py-14">
        <p className="eyebrow">Fine jewellery, made to order</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">{heading}</h1>
      </header>
      <CatalogueView query={query} basePath="/products" categories={categories} result={result} />
    </>
  )
}
