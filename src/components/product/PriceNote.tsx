import Link from 'next/link'

import { metalLabels } from '@/src/components/format'

/**
 * What a viewer without trade terms reads where the price would be: how the price is set, and for
 * a visitor, a way to sign in. `signedIn` is null while the page does not yet know who is looking.
 */
export function PriceNote({
  product,
  signedIn,
}: {
  product: { metal: string; slug: string }
  signedIn: boolean | null
}) {
  return (
    <p
      className="border-l-2 border-gold-500 pl-4 text-sm leading-relaxed text-ink-soft"
      data-testid="price-note"
    >
      Priced on the day&rsquo;s {(metalLabels[product.metal] ?? product.metal).toLowerCase()} rate
      and your chosen size.{' '}
      {signedIn === null ? null : signedIn ? (
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
