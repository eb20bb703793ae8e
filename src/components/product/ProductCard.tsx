import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import type { ProductCardView } from '@/src/queries/views'

import { formatGrams, metalAndPurity } from '../format'
import { CardPrice } from './PriceBook'

type Props = {
  product: ProductCardView
  layout?: 'grid' | 'list'
  /** The first row loads eagerly; the rest wait until they scroll into view. */
  priority?: boolean
}

/** A product in a grid or list: image, name, metal and weight (and, filled in by the browser, the trade's price). */
export function ProductCard({ product, layout = 'grid', priority = false }: Props) {
  const href = `/products/${product.slug}`
  const image = product.image ? (
    <Picture
      src={product.image.card}
      alt={product.image.alt || product.name}
      fill
      priority={priority}
      sizes={layout === 'list' ? '160px' : '(min-width: 1024px) 25vw, 50vw'}
      className="object-cover transition duration-700 ease-out group-hover:scale-[1.04]"
    />
  ) : (
    <span className="absolute inset-0 flex items-center justify-center font-serif text-ink-soft">
      Image to follow
    </span>
  )
  // Filled in by the browser for those who may see it (PriceBook), never part of this HTML.
  const price = <CardPrice productId={product.id} />

  if (layout === 'list') {
    return (
      <article className="group flex gap-4 border-b border-ivory-300 py-4 sm:gap-6">
        <Link
          href={href}
          className="relative block aspect-square w-28 shrink-0 overflow-hidden bg-ivory-200 sm:w-40"
          tabIndex={-1}
          aria-hidden
        >
          {image}
        </Link>
        <div className="flex min-w-0 flex-1 flex-col justify-center">
          <p className="eyebrow">{product.category?.name}</p>
          <h3 className="mt-1 font-serif text-xl leading-snug sm:text-2xl">
            <Link href={href} className="hover:text-gold-700">
              {product.name}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-ink-soft">
            {metalAndPurity(product.metal, product.purity)} · {formatGrams(product.grossWeight)}
            <span className="hidden sm:inline"> gross · {formatGrams(product.netWeight)} net</span>
          </p>
          <p className="mt-1 text-xs tracking-wider text-ink-soft/80">SKU {product.sku}</p>
          {price}
        </div>
      </article>
    )
  }

  return (
    <article className="group relative flex flex-col">
      <Link href={href} className="relative block aspect-square overflow-hidden bg-ivory-200">
        {image}
        {product.featured ? (
          <span className="absolute top-3 left-3 bg-ivory/90 px-2 py-1 text-[10px] tracking-[0.2em] text-gold-800 uppercase">
            Signature
          </span>
        ) : null}
        <span className="sr-only">{product.name}</span>
      </Link>
      <div className="flex flex-1 flex-col pt-3 text-center sm:pt-4">
        <p className="eyebrow !text-[0.62rem]">{metalAndPurity(product.metal, product.purity)}</p>
        <h3 className="mt-1 font-serif text-lg leading-snug sm:text-xl">
          <Link href={href} className="hover:text-gold-700" tabIndex={-1}>
            {product.name}
          </Link>
        </h3>
        <p className="mt-1 text-xs text-ink-soft">
          {formatGrams(product.grossWeight)} gross weight
        </p>
        {price}
      </div>
    </article>
  )
}
