import type { Metadata } from 'next'

import { placementRefusal } from '@/lib/orderPlacement'
import { CartView } from '@/src/components/cart/CartView'
import { getSiteSettings } from '@/src/queries/catalogue'
import { addressBookOf, getViewer } from '@/src/queries/viewer'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Your cart', robots: { index: false } }

/** The cart, kept in this browser, and the order form for those who may order. */
export default async function CartPage() {
  const [viewer, site] = await Promise.all([getViewer(), getSiteSettings()])
  // Staff may place orders for a customer, but from the admin panel, not from their own cart.
  const refusal =
    viewer?.collection === 'users'
      ? 'Staff place orders for customers from the admin panel.'
      : (placementRefusal(viewer)?.message ?? null)
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-8 sm:py-14">
      <p className="eyebrow">Made to order</p>
      <h1 className="mt-3 mb-10 font-serif text-4xl sm:text-5xl">Your cart</h1>
      <CartView
        signedIn={Boolean(viewer)}
        refusal={viewer ? refusal : null}
        gstRates={site.gstRates}
        book={addressBookOf(viewer)}
      />
    </div>
  )
}
