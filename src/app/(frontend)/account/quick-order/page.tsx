import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { isApprovedVendorUser } from '@/access/roles'
import { parseOrderId } from '@/lib/orderId'
import { QuickOrder } from '@/src/components/quickOrder/QuickOrder'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getReorder } from '@/src/queries/quickOrder'
import { getViewer } from '@/src/queries/viewer'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Quick order', robots: { index: false } }

/**
 * The trade's quick order, for approved retail partners only: by SKU, by CSV, or again from a past
 * order (`?again=<orderId>`). Anyone else is sent to their account page, which says why not.
 */
export default async function QuickOrderPage({
  searchParams,
}: {
  searchParams: Promise<{ again?: string }>
}) {
  const [user, { again }] = await Promise.all([getViewer(), searchParams])
  if (!user) redirect('/login?next=/account/quick-order')
  if (!isApprovedVendorUser(user)) redirect('/account')
  const [reorder, site] = await Promise.all([
    again && parseOrderId(again) ? getReorder(again) : null,
    getSiteSettings(),
  ])

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-8 sm:py-14">
      <Link href="/account" className="text-xs tracking-[0.14em] text-ink-soft uppercase">
        ← Your account
      </Link>
      <p className="eyebrow mt-6">For the trade</p>
      <h1 className="mt-3 font-serif text-4xl sm:text-5xl">Quick order</h1>
      <p className="mt-3 max-w-2xl text-ink-soft">
        Type a design number or part of a name, or paste your lines as CSV. Set quantity, size and
        notes for each piece, review with today&rsquo;s trade prices, and place.
      </p>
      {again ? (
        <div
          role="status"
          className="mt-6 border-l-2 border-gold-500 bg-gold-500/10 px-4 py-3 text-sm"
          data-testid="order-again"
        >
          {reorder ? (
            <>
              <p>
                The lines of order {reorder.orderId} are below: check each size and quantity, then
                review.
              </p>
              {reorder.leftOut.length ? (
                <p className="mt-2" data-testid="left-out">
                  Left out, as they are no longer in the catalogue:{' '}
                  {reorder.leftOut.map((line) => `${line.name} (${line.sku})`).join(', ')}.
                </p>
              ) : null}
            </>
          ) : (
            <p>We could not find order {again} among your orders.</p>
          )}
        </div>
      ) : null}
      <div className="gold-rule my-8" />
      <QuickOrder initial={reorder?.lines ?? []} gstRates={site.gstRates} />
    </div>
  )
}
