import { asGeneratedId, type DocumentId } from '@/lib/queryInput'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { Order } from '@/payload-types'
import type { OrderInput } from '@/lib/orderInput'
import { defaultGstRate } from '@/lib/gst'
import { placementRefusal } from '@/lib/orderPlacement'
import { orderAmounts } from '@/lib/pricing'
import { actorRoleOf } from '@/access/actorOf'
import { issueOrderId } from '@/operations/issueOrderId'
import { siteSettingsOf } from '@/operations/siteSettings'
import { defaultTimeZone } from '@/lib/orderId'
import { readyByFor } from '@/lib/readyDate'
import { notYetInOrders } from '@/lib/mediaIds'
import { markOrderedMedia } from '@/operations/mediaVisibility'
import { snapshotItems } from '@/operations/snapshotItems'
import type { PlacerCollection } from '@/lib/accounts'

type Placer = {
  relationTo: PlacerCollection
  account: {
    id: DocumentId
    email: string
    phone?: string | null
    name?: string
    ownerName?: string
    businessName?: string
    status?: string | null
  }
}

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: 'orders', errors: [{ path, message }] }, req.t)

/** The buyer: the signed-in customer or vendor, or the account staff name when ordering for someone. */
const findPlacer = async (
  req: PayloadRequest,
  requested: Order['placedBy'] | undefined,
): Promise<Placer> => {
  const user = req.user!
  if (user.collection === 'customers' || user.collection === 'vendors') {
    return { relationTo: user.collection, account: user as Placer['account'] }
  }
  if (!requested || (requested.relationTo !== 'customers' && requested.relationTo !== 'vendors')) {
    throw refuse(req, 'placedBy', 'Choose the customer or vendor this order is for')
  }
  const id = typeof requested.value === 'object' ? requested.value.id : requested.value
  const account = await req.payload
    .findByID({ collection: requested.relationTo, id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!account) throw refuse(req, 'placedBy', 'That customer or vendor does not exist')
  const refusal = placementRefusal({ ...account, collection: requested.relationTo })
  if (refusal) throw refuse(req, 'placedBy', refusal.message)
  return { relationTo: requested.relationTo, account: account as Placer['account'] }
}

/**
 * Turns a buyer's request into an order: who placed it, frozen item snapshots and prices, the
 * subtotal, GST at the site's rate and total, the promised ready date, a fresh order ID and the
 * first history entry. Whatever the client sent for these is
 * replaced; the buyer supplies only items and delivery details.
 */
export const prepareNewOrder: CollectionBeforeChangeHook<Order> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const input = data as unknown as OrderInput & { placedBy?: Order['placedBy'] }
  const placer = await findPlacer(req, input.placedBy)
  const { items, images, makingDays } = await snapshotItems(req, input.items)
  await markOrderedMedia(req, notYetInOrders(images))
  const phone = input.customerSnapshot.phone ?? placer.account.phone
  if (!phone) throw refuse(req, 'customerSnapshot.phone', 'Phone is required')
  const now = new Date()
  // Read once per request (issueOrderId needs the same settings for the business's day).
  const { gstRate, timeZone } = await siteSettingsOf(req)
  const amounts = orderAmounts(items, gstRate ?? defaultGstRate)
  return {
    ...data,
    orderId: await issueOrderId(req, now),
    readyBy: readyByFor(now, makingDays, timeZone || defaultTimeZone),
    status: 'ordered',
    placedBy: { relationTo: placer.relationTo, value: asGeneratedId(placer.account.id) },
    customerSnapshot: {
      name: placer.account.name ?? placer.account.businessName ?? placer.account.ownerName ?? null,
      email: placer.account.email,
      recipientName: input.customerSnapshot.recipientName ?? null,
      phone,
      address: input.customerSnapshot.address,
      pincode: input.customerSnapshot.pincode ?? null,
    },
    items,
    subtotalAmount: amounts.subtotal,
    gstRate: amounts.gstRate,
    gstAmount: amounts.gst,
    totalAmount: amounts.total,
    instructions: input.instructions ?? null,
    // Set by admitPlacer when the client sent an Idempotency-Key.
    idempotencyKey: req.context.idempotencyKey as string | undefined,
    history: [
      {
        action: 'place',
        to: 'ordered',
        at: now.toISOString(),
        actorRole: actorRoleOf(req.user),
        actor: { relationTo: req.user!.collection, value: asGeneratedId(req.user!.id) },
        noteVisibility: 'buyer',
      },
    ],
  } as Order
}
