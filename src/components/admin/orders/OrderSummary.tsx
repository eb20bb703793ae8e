import type { CSSProperties, ReactNode } from 'react'

import { explainContract, inr, rateTermsLabels, type FrozenContract } from '@/lib/ratePricing'
import { daysOverdue, formatDay, readyByDay } from '@/lib/readyDate'
import type { Order } from '@/payload-types'

import { formatDateTime, formatGrams, formatInr, metalAndPurity } from '../../format'
import { OrderStatusLabel } from '../OrderStatusLabel'
import { OverdueBadge } from '../OverdueBadge'
import { snapshotImages, thumbnailOf } from './snapshot'

const muted = { color: 'var(--theme-elevation-500)' } as const
const card: CSSProperties = {
  padding: 16,
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  minWidth: 0,
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <div style={{ minWidth: 0 }}>
      <dt style={{ ...muted, fontSize: 12 }}>{label}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </dd>
    </div>
  )
}

/** The placing account's name, and a vendor's vendor ID, when staff may read them. */
const placerOf = (order: Order): { name: string | null; vendorId: string | null } => {
  const placer = order.placedBy?.value
  if (!placer || typeof placer !== 'object') return { name: null, vendorId: null }
  if ('businessName' in placer)
    return { name: placer.businessName ?? null, vendorId: placer.vendorId ?? null }
  return { name: 'name' in placer ? placer.name : null, vendorId: null }
}

/**
 * An order at a glance for staff: buyer and delivery, ready date (flagged when late), karigar and
 * the amount in rupees, then each piece with its frozen photo, size, weights and notes.
 */
export function OrderSummary({
  order,
  timeZone,
  today,
  assigned,
}: {
  order: Order
  timeZone: string
  today: string
  assigned: { name: string } | null
}) {
  const buyer = order.customerSnapshot ?? {}
  const day = readyByDay(order.readyBy)
  const late = day ? daysOverdue({ status: order.status, readyBy: order.readyBy }, today) : 0
  const kind = order.placedBy?.relationTo === 'vendors' ? 'Vendor' : 'Customer'
  const placer = placerOf(order)
  return (
    <section data-testid="order-summary" style={{ display: 'grid', gap: 16 }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <h2 style={{ margin: 0 }}>Order {order.orderId}</h2>
        <OrderStatusLabel status={order.status} />
        <span style={muted} data-testid="placed-at">
          Placed {formatDateTime(order.createdAt, timeZone)}
        </span>
      </header>
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
        }}
      >
        <dl style={{ ...card, display: 'grid', gap: 8, margin: 0 }}>
          <Fact label={kind} testId="buyer">
            <strong>{buyer.name || placer.name || '—'}</strong>
            {placer.vendorId ? <span style={muted}> · {placer.vendorId}</span> : null}
            {placer.name && buyer.name && placer.name !== buyer.name ? (
              <span style={muted}> · account {placer.name}</span>
            ) : null}
          </Fact>
          <Fact label="Phone">
            {buyer.phone ? <a href={`tel:${buyer.phone}`}>{buyer.phone}</a> : '—'}
            {buyer.email ? <span style={muted}> · {buyer.email}</span> : null}
          </Fact>
          <Fact label="Deliver to">
            {buyer.recipientName ? <>{buyer.recipientName}, </> : null}
            {buyer.address || '—'}
            {buyer.pincode ? ` ${buyer.pincode}` : null}
          </Fact>
        </dl>
        <dl style={{ ...card, display: 'grid', gap: 8, margin: 0 }}>
          <Fact label="Ready by" testId="ready-by">
            {day ? formatDay(day) : '—'}
            {late ? (
              <>
                {' '}
                <OverdueBadge days={late} />
              </>
            ) : null}
          </Fact>
          <Fact label="Karigar" testId="karigar">
            {assigned ? assigned.name : <span style={muted}>Not assigned</span>}
          </Fact>
          <Fact label="Total (incl. GST)" testId="total">
            <strong style={{ fontSize: 18 }}>
              {typeof order.totalAmount === 'number' ? formatInr(order.totalAmount) : '—'}
            </strong>
            {typeof order.subtotalAmount === 'number' && typeof order.gstAmount === 'number' ? (
              <span style={muted}>
                {' '}
                · {formatInr(order.subtotalAmount)} + GST {formatInr(order.gstAmount)}
              </span>
            ) : null}
          </Fact>
          {order.rateTerms ? (
            <Fact label="Rate terms" testId="rate-terms">
              {rateTermsLabels[order.rateTerms]}
              {order.repricing?.at ? (
                <span style={{ display: 'block' }} data-testid="repricing">
                  Repriced at dispatch: was {formatInr(order.repricing.previousTotal ?? 0)},{' '}
                  {(order.repricing.difference ?? 0) >= 0 ? '+' : '−'}
                  {formatInr(Math.abs(order.repricing.difference ?? 0))}.{' '}
                  <span style={muted}>{order.repricing.reason}</span>
                </span>
              ) : null}
            </Fact>
          ) : null}
        </dl>
      </div>
      <ul
        data-testid="order-items"
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
      >
        {(order.items ?? []).map((item, i) => {
          const snap = item.productSnapshot
          const src = thumbnailOf(snapshotImages(snap?.images)[0])
          const weights = [
            typeof snap?.grossWeight === 'number' ? `gross ${formatGrams(snap.grossWeight)}` : '',
            typeof snap?.netWeight === 'number' ? `net ${formatGrams(snap.netWeight)}` : '',
            snap?.stoneWeight ? `stone ${formatGrams(snap.stoneWeight)}` : '',
          ].filter(Boolean)
          return (
            <li key={item.id ?? i} style={{ ...card, display: 'flex', gap: 12, padding: 12 }}>
              <div
                style={{
                  width: 64,
                  height: 64,
                  flexShrink: 0,
                  borderRadius: 4,
                  overflow: 'hidden',
                  background: 'var(--theme-elevation-100)',
                }}
              >
                {src ? (
                  // eslint-disable-next-line @next/next/no-img-element -- the frozen thumbnail of our own media
                  <img src={src} alt="" width={64} height={64} style={{ objectFit: 'cover' }} />
                ) : null}
              </div>
              <div style={{ minWidth: 0, flex: 1, display: 'grid', gap: 2 }}>
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 8px' }}>
                  <strong>{snap?.name ?? 'Piece'}</strong>
                  <span style={muted}>{snap?.sku}</span>
                  <span style={{ marginLeft: 'auto' }}>× {item.quantity}</span>
                </div>
                <span style={muted}>
                  {[
                    snap?.metal && snap?.purity ? metalAndPurity(snap.metal, snap.purity) : '',
                    item.size ? `size ${item.size}` : '',
                    ...weights,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {item.notes ? <span>Note: {item.notes}</span> : null}
                {typeof item.priceAtOrder === 'number' ? (
                  <span style={muted}>
                    {formatInr(item.priceAtOrder)} each
                    {item.quantity > 1 ? ` · ${formatInr(item.priceAtOrder * item.quantity)}` : ''}
                  </span>
                ) : null}
                {item.rateContract?.pricing === 'rate_linked' ? (
                  <span style={{ ...muted, fontSize: 12 }} data-testid="line-explanation">
                    {(explainContract(item.rateContract as FrozenContract) ?? [])
                      .map((line) => `${line.label}: ${line.working} ${inr(line.amount)}`)
                      .join(' · ')}
                  </span>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
      {order.instructions ? (
        <p style={{ margin: 0 }}>
          <span style={muted}>Instructions: </span>
          {order.instructions}
        </p>
      ) : null}
    </section>
  )
}
