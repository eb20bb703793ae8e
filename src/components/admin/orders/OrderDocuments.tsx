import type { PayloadRequest } from 'payload'

import type { Order } from '@/payload-types'

const muted = { color: 'var(--theme-elevation-500)', margin: 0 } as const

/**
 * The order's printable documents (PDFs from `/api/orders/:id/…`): job cards from the start, the
 * delivery note once dispatched, and the tax invoice when a vendor's dispatch issued one.
 */
export async function OrderDocuments({ order, req }: { order: Order; req: PayloadRequest }) {
  const { docs } = await req.payload.find({
    collection: 'invoices',
    where: { order: { equals: order.id } },
    limit: 1,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const base = `/api/orders/${order.id}`
  const links: { href: string; label: string; testId: string }[] = [
    { href: `${base}/job-card`, label: 'Job cards (A5, one per line)', testId: 'job-card-link' },
    ...(order.dispatchedAt
      ? [{ href: `${base}/delivery-note`, label: 'Delivery note', testId: 'delivery-note-link' }]
      : []),
    ...(docs[0]
      ? [
          {
            href: `${base}/invoice`,
            label: `Tax invoice ${docs[0].number}`,
            testId: 'invoice-link',
          },
        ]
      : []),
  ]
  return (
    <section data-testid="order-documents">
      <h3 style={{ margin: '0 0 8px' }}>Documents</h3>
      <ul style={{ margin: 0, paddingLeft: 18, display: 'grid', gap: 4 }}>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener" data-testid={link.testId}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {order.dispatchedAt ? null : (
        <p style={{ ...muted, marginTop: 6 }}>
          The delivery note (and a vendor’s tax invoice) come with dispatch.
        </p>
      )}
    </section>
  )
}
