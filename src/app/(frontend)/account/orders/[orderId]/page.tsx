import type { Metadata } from 'next'
import { Picture } from '@/src/components/Picture'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { isApprovedVendorUser } from '@/access/roles'
import { calendarDay } from '@/lib/orderId'
import { isBeforeReady } from '@/lib/readyDate'
import { formatDateTime, formatGrams, metalAndPurity } from '@/src/components/format'
import { CompleteWorkForm } from '@/src/components/orders/CompleteWorkForm'
import { EditOrderForm } from '@/src/components/orders/EditOrderForm'
import { OrderActionButton } from '@/src/components/orders/OrderActionButton'
import { LineAmount, OrderAmounts } from '@/src/components/orders/OrderAmounts'
import { OrderDocumentLinks } from '@/src/components/orders/OrderDocumentLinks'
import { OrderProgress } from '@/src/components/orders/OrderProgress'
import { OrderStatusBadge } from '@/src/components/orders/OrderStatusBadge'
import { OrderTimeline } from '@/src/components/orders/OrderTimeline'
import { RateTermsNote } from '@/src/components/orders/RateTermsNote'
import { PriceExplanation } from '@/src/components/product/PriceExplanation'
import { ReadyBy } from '@/src/components/orders/ReadyBy'
import { getSiteSettings } from '@/src/queries/catalogue'
import { getMyOrder } from '@/src/queries/orders'
import { getViewer } from '@/src/queries/viewer'

type Params = { orderId: string }

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { orderId } = await params
  return { title: `Order ${orderId}`, robots: { index: false } }
}

/**
 * One of the buyer's orders (or a karigar's piece of work): every step as a progress bar with the
 * ready date, its pieces, delivery details and the timeline so far.
 */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<Params>
  searchParams: Promise<{ placed?: string }>
}) {
  const [{ orderId }, { placed }] = await Promise.all([params, searchParams])
  const viewer = await getViewer()
  if (!viewer) redirect(`/login?next=/account/orders/${encodeURIComponent(orderId)}`)
  const workshop = viewer.collection === 'goldsmiths'
  const [order, site] = await Promise.all([getMyOrder(orderId), getSiteSettings()])
  if (!order) notFound()
  const when = (iso: string) => formatDateTime(iso, site.timeZone)

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-8 sm:py-14" data-testid="order-page">
      <Link href="/account" className="text-xs tracking-[0.14em] text-ink-soft uppercase">
        ← {workshop ? 'Your work' : 'Your orders'}
      </Link>
      {placed ? (
        <p
          role="status"
          className="mt-6 border-l-2 border-gold-500 bg-gold-500/10 px-4 py-3 text-sm"
          data-testid="order-placed"
        >
          Thank you. Your order is placed; we will confirm it shortly and keep you posted here and
          by email.
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="eyebrow">Order</p>
          <h1 className="mt-2 font-serif text-4xl tracking-wide sm:text-5xl">{order.orderId}</h1>
          <p className="mt-2 text-sm text-ink-soft">Placed {when(order.placedAt)}</p>
          {/* Until the piece is made; after that the progress bar says when it was. */}
          {isBeforeReady(order.status) ? (
            <ReadyBy
              status={order.status}
              readyBy={order.readyBy}
              today={calendarDay(new Date(), site.timeZone)}
              label={workshop ? 'Due' : 'Ready by'}
              className="mt-1"
            />
          ) : null}
        </div>
        <OrderStatusBadge status={order.status} />
      </div>
      <div className="gold-rule my-8" />
      <section aria-labelledby="progress" className="mb-10">
        <h2 id="progress" className="label mb-4">
          Progress
        </h2>
        <OrderProgress steps={order.progress} timeZone={site.timeZone} />
      </section>

      <div className="grid gap-10 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="pieces">
          <h2 id="pieces" className="label">
            {order.pieces} {order.pieces === 1 ? 'piece' : 'pieces'}
          </h2>
          <ul className="border-t border-ivory-300">
            {order.items.map((item, index) => (
              <li key={index} className="flex gap-4 border-b border-ivory-300 py-4">
                {workshop ? null : (
                  <div className="relative size-20 shrink-0 overflow-hidden bg-ivory-200">
                    {item.image ? (
                      <Picture src={item.image} alt="" fill sizes="80px" className="object-cover" />
                    ) : null}
                  </div>
                )}
                <div className="min-w-0 flex-1 text-sm">
                  {workshop && item.images.length ? (
                    // The karigar works from every picture of the piece, large enough to read.
                    <div className="mb-3 flex gap-2 overflow-x-auto" data-testid="piece-images">
                      {item.images.map((src, i) => (
                        <a
                          key={src}
                          href={src}
                          className="relative size-28 shrink-0 overflow-hidden bg-ivory-200"
                        >
                          <Picture
                            src={src}
                            alt={`${item.name}, picture ${i + 1}`}
                            fill
                            sizes="112px"
                            className="object-cover"
                          />
                        </a>
                      ))}
                    </div>
                  ) : null}
                  <p className="font-serif text-lg leading-snug">
                    {item.slug ? (
                      <Link href={`/products/${item.slug}`} className="hover:text-gold-700">
                        {item.name}
                      </Link>
                    ) : (
                      item.name
                    )}
                  </p>
                  <p className="text-xs tracking-wider text-ink-soft">SKU {item.sku}</p>
                  {item.metal ? (
                    <p className="mt-1 text-ink-soft">
                      {metalAndPurity(item.metal, item.purity)}
                      {item.grossWeight !== null ? ` · ${formatGrams(item.grossWeight)} gross` : ''}
                      {item.netWeight !== null ? ` · ${formatGrams(item.netWeight)} net` : ''}
                    </p>
                  ) : null}
                  <p className="mt-1">
                    Qty {item.quantity}
                    {item.size ? ` · Size ${item.size}` : ''}
                  </p>
                  {item.notes ? (
                    <p className="mt-1 text-ink-soft italic">&ldquo;{item.notes}&rdquo;</p>
                  ) : null}
                  {item.price !== null ? (
                    <LineAmount
                      unitPrice={item.price}
                      quantity={item.quantity}
                      testId="line-price"
                    />
                  ) : null}
                  {item.explanation ? (
                    <PriceExplanation
                      lines={item.explanation}
                      testId="line-explanation"
                      className="mt-2 max-w-md"
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          {order.amounts ? (
            <>
              <OrderAmounts amounts={order.amounts} testIdPrefix="order" className="mt-4" />
              <RateTermsNote
                rateTerms={order.rateTerms}
                repricing={order.repricing}
                when={order.repricing ? when(order.repricing.at) : ''}
              />
            </>
          ) : workshop || order.status !== 'ordered' ? null : (
            // Only while the order waits for us: once accepted, the amount is settled.
            <p className="mt-4 text-sm text-ink-soft" data-testid="amount-note">
              We confirm the amount, on the day&rsquo;s metal rate, before work begins.
            </p>
          )}
          {order.mayEdit ? (
            <EditOrderForm
              id={order.id}
              // Only what the form edits reaches the browser's props.
              lines={order.items.map(({ name, quantity, size, notes, sizeChoices }) => ({
                name,
                quantity,
                size,
                notes,
                sizeChoices,
              }))}
              delivery={{
                name: order.delivery.recipientName,
                address: order.delivery.address,
                pincode: order.delivery.pincode,
                phone: order.delivery.phone,
              }}
              instructions={order.instructions}
            />
          ) : null}
        </section>

        <aside className="space-y-8 text-sm">
          <section aria-labelledby="updates">
            <h2 id="updates" className="label">
              Updates
            </h2>
            <OrderTimeline entries={order.timeline} timeZone={site.timeZone} />
          </section>
          {order.delivery.address ? (
            <section aria-labelledby="delivery">
              <h2 id="delivery" className="label">
                Delivery
              </h2>
              <address className="mt-2 leading-relaxed whitespace-pre-line not-italic">
                {[
                  order.delivery.recipientName || order.delivery.name,
                  order.delivery.address,
                  order.delivery.pincode,
                ]
                  .filter(Boolean)
                  .join('\n')}
              </address>
              {order.delivery.phone ? <p className="mt-1">{order.delivery.phone}</p> : null}
              {order.instructions ? (
                <p className="mt-3 text-ink-soft italic">&ldquo;{order.instructions}&rdquo;</p>
              ) : null}
            </section>
          ) : null}
          <OrderDocumentLinks
            id={order.id}
            status={order.status}
            reader={workshop ? 'karigar' : isApprovedVendorUser(viewer) ? 'vendor' : 'customer'}
          />
          {isApprovedVendorUser(viewer) ? (
            <Link
              href={`/account/quick-order?again=${encodeURIComponent(order.orderId)}`}
              className="btn-outline w-full"
              data-testid="order-again-link"
            >
              Order again
            </Link>
          ) : null}
          {order.mayComplete ? <CompleteWorkForm id={order.id} /> : null}
          {order.mayCancel ? (
            <OrderActionButton
              id={order.id}
              action="cancel"
              label="Cancel order"
              busyLabel="Cancelling…"
              confirm={`Cancel order ${order.orderId}? This cannot be undone.`}
            />
          ) : null}
        </aside>
      </div>
    </div>
  )
}
