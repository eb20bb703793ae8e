import type { DocumentId } from '@/lib/queryInput'
import type { OrderStatus } from '@/lib/orderStatus'

const afterDispatch: readonly OrderStatus[] = ['dispatched', 'delivered']

/**
 * The order's PDFs for the person reading it: the karigar's job cards; the buyer's delivery note
 * once it is dispatched, and a vendor's tax invoice. The API decides again who may have each.
 */
export function OrderDocumentLinks({
  id,
  status,
  reader,
}: {
  id: DocumentId
  status: OrderStatus
  reader: 'karigar' | 'customer' | 'vendor'
}) {
  const base = `/api/orders/${id}`
  const dispatched = afterDispatch.includes(status)
  const links = [
    ...(reader === 'karigar'
      ? [{ href: `${base}/job-card`, label: 'Job card', id: 'job-card' }]
      : []),
    ...(reader !== 'karigar' && dispatched
      ? [{ href: `${base}/delivery-note`, label: 'Delivery note', id: 'delivery-note' }]
      : []),
    ...(reader === 'vendor' && dispatched
      ? [{ href: `${base}/invoice`, label: 'Tax invoice', id: 'invoice' }]
      : []),
  ]
  if (!links.length) return null
  return (
    <section aria-labelledby="documents">
      <h2 id="documents" className="label">
        Documents
      </h2>
      <ul className="mt-2 space-y-1">
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              target="_blank"
              rel="noopener"
              className="underline decoration-gold-500 underline-offset-4 hover:text-gold-700"
              data-testid={`${link.id}-link`}
            >
              {link.label} (PDF)
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
