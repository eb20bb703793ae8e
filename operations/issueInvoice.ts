import type { PayloadRequest } from 'payload'

import { normalizeGstin } from '@/lib/gstin'
import { financialYearOf, formatInvoiceNumber, invoiceCounterName } from '@/lib/invoiceNumber'
import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import type { OrderAction } from '@/lib/orderStatus'
import { idOf } from '@/lib/queryInput'
import type { Order } from '@/payload-types'

import { isUniqueViolation } from './dispatchHuids'
import { nextSequence } from './nextSequence'
import { siteSettingsOf } from './siteSettings'
import type { TransitionRefused, TransitionRequest } from './transitionOrder'

/**
 * The tax invoice of a vendor's order, issued as it is dispatched: the next number of the
 * financial year's series (lib/invoiceNumber.ts) from the counter, inside the dispatch's
 * transaction, so a dispatch refused or failing later rolls its number back and the series has no
 * gaps. Seller and buyer are frozen on the invoice as they are now. Customers' orders get none.
 * Refused (409) while the shop's GSTIN is not set: a tax invoice without it is no invoice.
 */
export const issueInvoice = async (
  req: PayloadRequest,
  action: OrderAction,
  _request: TransitionRequest,
  order: Order,
  now: Date,
): Promise<{ ok: true; facts: Partial<Order> } | TransitionRefused> => {
  if (action !== 'dispatch' || order.placedBy?.relationTo !== 'vendors')
    return { ok: true, facts: {} }
  const settings = await siteSettingsOf(req)
  const seller = settings.invoiceDetails
  if (!seller?.gstin)
    return {
      ok: false,
      refusal: 'invoice_details_missing',
      message:
        "Set the shop's GSTIN in site settings (Tax invoice details) to dispatch a vendor's order",
      field: 'invoiceDetails.gstin',
    }
  const vendor = await req.payload.findByID({
    collection: 'vendors',
    id: idOf(order.placedBy.value) as number | string,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const financialYear = financialYearOf(calendarDay(now, settings.timeZone || defaultTimeZone))
  const sequence = await nextSequence(req, invoiceCounterName(financialYear))
  // One invoice an order (a unique index): a second dispatch of the same order racing this one
  // fails here, before its claim would, and rolls back with its number.
  const created = await req.payload
    .create({
      collection: 'invoices',
      data: {
        number: formatInvoiceNumber(financialYear, sequence),
        financialYear,
        sequence,
        order: order.id,
        orderCode: order.orderId!,
        issuedAt: now.toISOString(),
        seller: {
          name: seller.legalName || settings.siteName,
          gstin: normalizeGstin(seller.gstin),
          address: seller.address,
        },
        buyer: {
          name: vendor.businessName,
          gstin: vendor.gstNumber ? normalizeGstin(vendor.gstNumber) : null,
          address: [order.customerSnapshot?.address, order.customerSnapshot?.pincode, vendor.city]
            .filter(Boolean)
            .join('\n'),
        },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    .then(
      () => true,
      (error: unknown) => {
        if (isUniqueViolation(error)) return false
        throw error
      },
    )
  if (!created)
    return {
      ok: false,
      refusal: 'changed_meanwhile',
      message: 'The order changed while you were acting on it; reload and try again',
    }
  return { ok: true, facts: {} }
}
