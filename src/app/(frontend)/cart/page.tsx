import type { Metadata } from 'next'

import { CartView } from '@/src/components/cart/CartView'
import { getViewer } from '@/src/data/viewer'

export const metadata: Metadata = { title: 'Your cart', robots: { index: false } }

/** The cart, kept in this browser; placing the order is a separate step after signing in. */
export default async function CartPage() {
  const viewer = await getViewer()
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-8 sm:py-14">
      <p className="eyebrow">Made to order</p>
      <h1 className="mt-3 mb-10 font-serif text-4xl sm:text-5xl">Your cart</h1>
      <CartView signedIn={Boolean(viewer)} />
    </div>
  )
}
