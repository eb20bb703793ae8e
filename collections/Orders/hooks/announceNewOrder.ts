import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '@/payload-types'
import { notify } from '@/operations/notify'

/** Tells staff about a new order, in the transaction that creates it. */
export const announceNewOrder: CollectionAfterChangeHook<Order> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') await notify(req, 'order_placed', { order: doc })
  return doc
}
