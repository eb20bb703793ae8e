import type { ServerProps } from 'payload'

import { adminDocHref } from '@/lib/adminLinks'

import { formatDateTime } from '../../format'
import { adminViewer, shopLook } from '../adminContext'
import { VendorDecision } from './VendorDecision'
import '../admin.scss'

/**
 * Above the vendors list: the registrations waiting for a decision, oldest first, each with
 * Approve and Reject (with a comment for the vendor). Read as the signed-in person; nothing shows
 * to someone who may not read or decide on vendors.
 */
export async function PendingVendors({ payload }: ServerProps) {
  if (!payload) return null
  const [user, { timeZone }] = await Promise.all([adminViewer(payload), shopLook(payload)])
  const pending = await payload
    .find({
      collection: 'vendors',
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: 20,
      depth: 0,
      select: { businessName: true, ownerName: true, city: true, gstNumber: true, createdAt: true },
      user,
      overrideAccess: false,
    })
    .catch(() => null)
  if (!pending || pending.totalDocs === 0) return null
  return (
    <section
      className="shop-pending"
      aria-labelledby="pending-vendors"
      data-testid="pending-vendors"
    >
      <h2 id="pending-vendors">
        Waiting for approval ({pending.totalDocs}
        {pending.totalDocs > pending.docs.length ? `, oldest ${pending.docs.length} shown` : ''})
      </h2>
      <ul className="shop-pending__list">
        {pending.docs.map((vendor) => (
          <li key={vendor.id} className="shop-pending__row" data-testid="pending-vendor">
            <div className="shop-pending__who">
              <a href={adminDocHref('vendors', vendor.id)}>
                <strong>{vendor.businessName}</strong>
              </a>
              <span>
                {vendor.ownerName} · {vendor.city} · GSTIN {vendor.gstNumber}
              </span>
              <span>Registered {formatDateTime(vendor.createdAt, timeZone)}</span>
            </div>
            <VendorDecision id={vendor.id} name={vendor.businessName} />
          </li>
        ))}
      </ul>
    </section>
  )
}
