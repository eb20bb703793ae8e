import type { Metadata } from 'next'

import { CatalogueView } from '@/src/components/catalogue/CatalogueView'
import { listCategories } from '@/src/queries/catalogue'
import { parseCatalogueQuery } from '@/src/queries/catalogueQuery'
import { getPricingFor } from '@/src/queries/pricing'
import { listProducts } from '@/src/queries/products'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseCatalogueQuery(await searchParams)
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
export default async function ProductsPage({ searchParams }: Props) {
  const query = parseCatalogueQuery(await searchParams)
  const [categories, result] = await Promise.all([listCategories(), listProducts(query)])
  const pricing = await getPricingFor(result.products.map((p) => p.id))
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
      <CatalogueView
        query={query}
        basePath="/products"
        categories={categories}
        result={result}
        pricing={pricing}
      />
    </>
  )
}
