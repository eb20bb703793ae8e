import type { DocumentId } from '@/lib/queryInput'
import type { Pricing } from '@/src/queries/pricing'
import type { ProductCardView } from '@/src/queries/views'

import { ProductCard } from './ProductCard'

type Props = {
  products: ProductCardView[]
  pricing?: Map<DocumentId, Pricing>
  layout?: 'grid' | 'list'
  /** How many cards load eagerly (the first visible row). */
  eager?: number
}

/** Product cards in a responsive grid (two across on a phone, four on a desktop) or a list. */
export function ProductGrid({ products, pricing, layout = 'grid', eager = 0 }: Props) {
  if (layout === 'list') {
    return (
      <ul className="border-t border-ivory-300" data-testid="product-list">
        {products.map((product, i) => (
          <li key={product.id}>
            <ProductCard
              product={product}
              pricing={pricing?.get(product.id)}
              layout="list"
              priority={i < eager}
            />
          </li>
        ))}
      </ul>
    )
  }
  return (
    <ul
      className="grid grid-cols-2 gap-x-4 gap-y-10 sm:gap-x-6 lg:grid-cols-4"
      data-testid="product-grid"
    >
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} pricing={pricing?.get(product.id)} priority={i < eager} />
        </li>
      ))}
    </ul>
  )
}
