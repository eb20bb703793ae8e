import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CatalogueView } from '@/src/components/catalogue/CatalogueView'
import { CategoryStrip } from '@/src/components/layout/CategoryStrip'
import { getCategoryBySlug, listCategories } from '@/src/queries/catalogue'
import { readCatalogueViewKey } from '@/lib/catalogueQuery'
import { listProducts } from '@/src/queries/products'

/**
 * /categories/<slug>?… arrives here rewritten by src/proxy.ts, its filters as one canonical path
 * segment (or `all`): each view rendered once, then served from the page cache until an edit.
 */
type Props = { params: Promise<{ slug: string; view: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug)
  if (!category) return { title: 'Not found' }
  return {
    title: category.name,
    description: category.description || `${category.name}, handcrafted and made to order.`,
    alternates: { canonical: `/categories/${category.slug}` },
    openGraph: {
      title: category.name,
      images: category.icon ? [{ url: category.icon.card, alt: category.icon.alt }] : undefined,
    },
  }
}

/** A category's shelf: the catalogue with its category fixed by the path. */
export default async function CategoryPage({ params }: Props) {
  const { slug, view } = await params
  const category = await getCategoryBySlug(slug)
  const filters = readCatalogueViewKey(decodeURIComponent(view), `/categories/${slug}`)
  if (!category || !filters) notFound()
  const query = { ...filters, category: category.slug }
  const [categories, result] = await Promise.all([listCategories(), listProducts(query)])
  return (
    <>
      <header className="border-b border-ivory-300 bg-ivory-200/60 px-4 pt-10 pb-6 text-center sm:pt-14">
        <p className="eyebrow">The collection</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">{category.name}</h1>
        {category.description ? (
          <p className="mx-auto mt-3 max-w-xl text-ink-soft">{category.description}</p>
        ) : null}
        <CategoryStrip
          categories={categories}
          active={category.slug}
          className="mx-auto mt-8 max-w-7xl"
        />
      </header>
      <CatalogueView
        query={query}
        basePath={`/categories/${category.slug}`}
        categories={categories}
        result={result}
        fixedCategory={category}
      />
    </>
  )
}
