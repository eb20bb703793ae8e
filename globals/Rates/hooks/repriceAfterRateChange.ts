import type { GlobalAfterChangeHook } from 'payload'

import { repriceProducts } from '@/operations/repriceProducts'
import type { Rate } from '@/payload-types'

/** New rates move every rate-linked product's price at once, in the same transaction. */
export const repriceAfterRateChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await repriceProducts(req, doc as Rate)
  return doc
}
