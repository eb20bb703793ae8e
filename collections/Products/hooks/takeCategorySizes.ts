import type { CollectionBeforeChangeHook } from 'payload'

import type { Product } from '@/payload-types'

/**
 * A new product sent without `sizes` starts with its category's list; staff then keep, trim or
 * clear it (an empty list is a one-size piece). Later edits never refill it.
 */
export const takeCategorySizes: CollectionBeforeChangeHook<Product> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.sizes !== undefined || !data.category) return data
  const categoryId = typeof data.category === 'object' ? data.category.id : data.category
  const category = await req.payload
    .findByID({ collection: 'categories', id: categoryId, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return { ...data, sizes: category?.sizes ?? [] }
}
