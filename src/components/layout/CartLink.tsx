'use client'

import Link from 'next/link'

import { neverPlacesOrders } from '@/lib/orderPlacement'

import { useCart } from '../cart/useCart'
import { useViewer } from '../viewer/ViewerProvider'
import { BagIcon } from './icons'

/** The bag icon with the number of pieces in the cart; none for a goldsmith, who never orders. */
export function CartLink() {
  const count = useCart().reduce((sum, item) => sum + item.quantity, 0)
  const { viewer } = useViewer()
  if (neverPlacesOrders(viewer)) return null
  return (
    <Link
      href="/cart"
      className="relative inline-flex size-11 items-center justify-center text-ink hover:text-gold-700"
      aria-label={count ? `Cart, ${count} ${count === 1 ? 'piece' : 'pieces'}` : 'Cart, empty'}
    >
      <BagIcon />
      {count ? (
        <span
          data-testid="cart-count"
          className="absolute top-1 right-0.5 flex min-w-[1.1rem] items-center justify-center rounded-full bg-gold-700 px-1 text-[10px] leading-[1.1rem] font-semibold text-white"
        >
          {count}
        </span>
      ) : null}
    </Link>
  )
}
