import Link from 'next/link'

import { metalLabels } from '@/src/components/format'
import type { ProductDetailView } from '@/src/queries/views'

/**
 * What a viewer without trade terms reads where the price would be: how the price is set, and for
 * a visitor, a way to sign in.
 */
export function PriceNote({
  product,
  signedIn,
}: {
  product: Pick<ProductDetailView, 'metal' | 'slug'>
  signedIn: boolean
}) {
  return (
    <p
      className="border-l-2 border-gold-500 pl-4 text-sm leading-relaxed text-ink-soft"
      data-testid="price-note"
    >
      Priced on the day&rsquo;s {(metalLabels[product.metal] ?? product.metal).toLowerCase()} rate
      and your chosen size.{' '}
      {signedIn ? (
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
  )
}
