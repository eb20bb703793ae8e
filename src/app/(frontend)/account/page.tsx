import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { isApprovedVendorUser } from '@/access/roles'
import { isStorefrontCollection, profileFields } from '@/lib/accounts'
import { neverPlacesOrders } from '@/lib/orderPlacement'
import { parseBenchQuery } from '@/lib/orderStatus'
import { calendarDay } from '@/lib/orderId'
import { isBeforeReady } from '@/lib/readyDate'
import { identityFixedOnApproval } from '@/lib/vendorStatus'
import { ChangePasswordForm } from '@/src/components/account/ChangePasswordForm'
import { ProfileForm } from '@/src/components/account/ProfileForm'
import { SavedAddresses } from '@/src/components/account/SavedAddresses'
import { MetalHeld } from '@/src/components/account/MetalHeld'
import { WorkList } from '@/src/components/account/WorkList'
import { formatDateTime, formatInr } from '@/src/components/format'
import { NewPasswordForm } from '@/src/components/auth/NewPasswordForm'
import { LogoutButton } from '@/src/components/layout/LogoutButton'
import { OrderStatusBadge } from '@/src/components/orders/OrderStatusBadge'
import { ReadyBy } from '@/src/components/orders/ReadyBy'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getMyMetal, listMyOrders, listMyWork, type OrderSummaryView } from '@/src/queries/orders'
import { addressBookOf, getViewer, getViewerSummary } from '@/src/queries/viewer'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

const vendorStatusText: Record<string, string> = {
  pending:
    'Your retail partner account is awaiting approval. We will let you know once it is approved; you can browse the collection meanwhile.',
  approved:
    'Your retail partner account is approved: trade prices are shown throughout the collection.',
  rejected: 'We could not approve your retail partner account. Please contact us for details.',
  disabled: 'This account is disabled. Please contact us.',
}

function OrderList({
  orders,
  timeZone,
  today,
  empty,
}: {
  orders: OrderSummaryView[]
  timeZone: string
  today: string
  empty: string
}) {
  if (orders.length === 0) {
    return (
      <p className="mt-4 text-sm text-ink-soft" data-testid="no-orders">
        {empty}
      </p>
    )
  }
  return (
    <ul className="mt-4 border-t border-ivory-300" data-testid="order-list">
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            href={`/account/orders/${order.orderId}`}
            className="flex items-center gap-4 border-b border-ivory-300 py-4 hover:bg-white/60"
          >
            <div className="min-w-0 flex-1">
              <p className="font-serif text-xl tracking-wide">{order.orderId}</p>
              <p className="truncate text-sm text-ink-soft">{order.lines}</p>
              <p className="text-xs text-ink-soft">{formatDateTime(order.placedAt, timeZone)}</p>
              {isBeforeReady(order.status) ? (
                <ReadyBy
                  status={order.status}
                  readyBy={order.readyBy}
                  today={today}
                  label="Ready by"
                  className="text-xs"
                />
              ) : null}
            </div>
            {order.total !== null ? (
              <p className="hidden text-sm sm:block">{formatInr(order.total)}</p>
            ) : null}
            <OrderStatusBadge status={order.status} />
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * Who is signed in and their orders (a karigar's: the work assigned to them), and for retail
 * partners where their approval stands.
 */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string; work?: string; page?: string }>
}) {
  const [user, summary, { welcome, ...query }] = await Promise.all([
    getViewer(),
    getViewerSummary(),
    searchParams,
  ])
  if (!user || !summary) redirect('/login?next=/account')
  const workshop = user.collection === 'goldsmiths'
  // A karigar still on a temporary password sees nothing else until they choose their own.
  const mustChangePassword = workshop && Boolean(user.mustChangePassword)
  const hasOrders = user.collection === 'customers' || user.collection === 'vendors'
  const hasWork = workshop && !mustChangePassword
  const bench = parseBenchQuery(query)
  const [orders, work, metal, site] = await Promise.all([
    hasOrders ? listMyOrders() : [],
    hasWork ? listMyWork(bench.filter, bench.page) : null,
    hasWork ? getMyMetal() : null,
    getSiteSettings(),
  ])
  const today = calendarDay(new Date(), site.timeZone)
  const book = addressBookOf(user)
  return (
    <div className="mx-auto max-w-2xl px-5 py-12 sm:py-20">
      <p className="eyebrow">{welcome ? 'Welcome' : 'Your account'}</p>
      <h1 className="mt-3 font-serif text-4xl sm:text-5xl">{summary.name}</h1>
      <div className="gold-rule my-6 w-32" />
      <dl className="divide-y divide-ivory-300 border-y border-ivory-300 text-sm">
        <div className="flex justify-between py-3">
          <dt className="text-ink-soft">Email</dt>
          <dd>{summary.email}</dd>
        </div>
        {user.collection === 'vendors' ? (
          <>
            <div className="flex justify-between py-3">
              <dt className="text-ink-soft">Partner ID</dt>
              <dd>{user.vendorId || 'Issued on approval'}</dd>
            </div>
            <div className="flex justify-between py-3">
              <dt className="text-ink-soft">City</dt>
              <dd>{user.city}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {summary.vendorStatus ? (
        <p
          className="mt-6 border-l-2 border-gold-500 pl-4 text-ink-soft"
          data-testid="vendor-status"
        >
          {vendorStatusText[summary.vendorStatus]}
        </p>
      ) : null}
      {isApprovedVendorUser(user) ? (
        // The trade orders by design number: the quick order is their first tool, not a footnote.
        <Link href="/account/quick-order" className="btn-primary mt-6">
          Quick order by SKU or CSV
        </Link>
      ) : null}
      {mustChangePassword ? (
        <section className="mt-12" aria-labelledby="choose-password">
          <h2 id="choose-password" className="font-serif text-2xl">
            Choose your own password
          </h2>
          <p className="mt-2 text-sm text-ink-soft">
            You signed in with a temporary password from the workshop office. Set your own to see
            the work assigned to you.
          </p>
          <NewPasswordForm id={Number(user.id)} email={user.email} />
        </section>
      ) : null}
      {hasOrders ? (
        <section className="mt-12" aria-labelledby="your-orders">
          <h2 id="your-orders" className="font-serif text-2xl">
            Your orders
          </h2>
          <OrderList
            orders={orders}
            timeZone={site.timeZone}
            today={today}
            empty="No orders yet. Pieces you order from your cart appear here, with their progress."
          />
        </section>
      ) : null}
      {work ? (
        <section className="mt-12" aria-labelledby="your-work-heading" id="your-work">
          <h2 id="your-work-heading" className="font-serif text-2xl">
            Your work
          </h2>
          <WorkList filter={bench.filter} work={work} today={today} />
        </section>
      ) : null}
      {metal ? (
        <section className="mt-12" aria-labelledby="your-metal-heading">
          <h2 id="your-metal-heading" className="font-serif text-2xl">
            Metal with you
          </h2>
          <p className="mt-2 text-sm text-ink-soft">
            Issued to you for your work, less what you have handed back and what was written off.
          </p>
          <MetalHeld ledger={metal} />
        </section>
      ) : null}
      {isStorefrontCollection(user.collection) && !mustChangePassword ? (
        <>
          <section className="mt-12" aria-labelledby="your-details">
            <h2 id="your-details" className="font-serif text-2xl">
              Your details
            </h2>
            <ProfileForm
              collection={user.collection}
              id={user.id}
              // Only the fields the form edits reach the browser.
              values={Object.fromEntries(
                profileFields[user.collection].map((name) => [
                  name,
                  (user as unknown as Record<string, string | null>)[name],
                ]),
              )}
              fixed={
                user.collection === 'vendors' && user.status === 'approved'
                  ? identityFixedOnApproval
                  : []
              }
            />
          </section>
          {book ? (
            <section className="mt-12" aria-labelledby="your-addresses">
              <h2 id="your-addresses" className="font-serif text-2xl">
                Delivery addresses
              </h2>
              <SavedAddresses book={book} />
            </section>
          ) : null}
          <section className="mt-12" aria-labelledby="your-password">
            <h2 id="your-password" className="font-serif text-2xl">
              Password
            </h2>
            <ChangePasswordForm collection={user.collection} />
          </section>
        </>
      ) : null}
      <div className="mt-10 flex flex-wrap gap-3">
        <Link href="/products" className="btn-primary">
          Browse the collection
        </Link>
        <Link href="/account/notifications" className="btn-outline">
          Notifications
        </Link>
        {neverPlacesOrders(user) ? null : (
          <Link href="/cart" className="btn-outline">
            Your cart
          </Link>
        )}
        <LogoutButton collection={user.collection} className="btn-outline" />
      </div>
    </div>
  )
}
