import type { ProductCardView } from '@/src/queries/views'

import { PriceBook } from './PriceBook'
import { ProductCard } from './ProductCard'

type Props = {
  products: ProductCardView[]
  layout?: 'grid' | 'list'
  /** How many cards load eagerly (the first visible row). */
  eager?: number
}

/** Product cards in a responsive grid (two across on a phone, four on a desktop) or a list. */
export function ProductGrid({ products, layout = 'grid', eager = 0 }: Props) {
  const ids = products.map((product) => product.id)
  if (layout === 'list') {
    return (
      <PriceBook productIds={ids}>
        <ul className="border-t border-ivory-300" data-testid="product-list">
          {products.map((product, i) => (
            <li key={product.id}>
              <ProductCard product={product} layout="list" priority={i < eager} />
            </li>
          ))}
        </ul>
      </PriceBook>
    )
  }
  return (
    <PriceBook productIds={ids}>
      <ul
        className="grid grid-cols-2 gap-x-4 gap-y-10 sm:gap-x-6 lg:grid-cols-4"
        data-testid="product-grid"
      >
        {products.map((product, i) => (
          <li key={product.id}>
            <ProductCard product={product} priority={i < eager} />
          </li>
        ))}
      </ul>
    </PriceBook>
  )
}
