import { Picture } from '@/src/components/Picture'

import type { QuickProduct } from '@/src/queries/quickOrderViews'

import { formatGrams, formatInr } from '../format'

/** A piece's thumbnail. */
export function Thumb({ product, size }: { product: QuickProduct; size: 'sm' | 'md' }) {
  return (
    <span
      className={`relative shrink-0 overflow-hidden bg-ivory-200 ${size === 'sm' ? 'size-12' : 'size-16 sm:size-20'}`}
    >
      {product.thumb ? (
        <Picture
          src={product.thumb}
          alt=""
          fill
          sizes={size === 'sm' ? '48px' : '80px'}
          className="object-cover"
        />
      ) : null}
    </span>
  )
}

/** "RNG-G22-001 · 6.2 g · ₹48,200": what the trade checks a piece by; the price only when known. */
export function ProductFacts({ product }: { product: QuickProduct }) {
  return (
    <span className="block text-xs text-ink-soft">
      <span className="tracking-wider">{product.sku}</span>
      {product.grossWeight !== null ? ` · ${formatGrams(product.grossWeight)}` : ''}
      {product.price !== null ? (
        <>
          {' · '}
          <span className="font-semibold text-gold-800">{formatInr(product.price)}</span>
        </>
      ) : null}
    </span>
  )
}
