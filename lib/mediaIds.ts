import type { DocumentId } from './queryInput'

/** Upload field values (populated or not, single or lists, nested in lists) as distinct ids. */
export const mediaIdsOf = (...values: unknown[]): DocumentId[] => {
  const ids = (values.flat(Infinity) as unknown[]).map((value) =>
    value && typeof value === 'object' ? (value as { id?: DocumentId }).id : value,
  )
  return [
    ...new Set(
      ids.filter((id): id is DocumentId => typeof id === 'number' || typeof id === 'string'),
    ),
  ]
}

export type OrderedItem = { productSnapshot?: { images?: unknown } | null }

/** The images an order's items were shown with (the snapshot at order time). */
export const imagesOfItems = (items: OrderedItem[] | null | undefined): unknown[] =>
  (items ?? []).flatMap((item) => {
    const images = item.productSnapshot?.images
    return Array.isArray(images) ? images : []
  })

/** Of images as read (populated, or bare ids), those not known to be shown in an order yet. */
export const notYetInOrders = (images: unknown[]): DocumentId[] =>
  mediaIdsOf(
    images.filter(
      (image) => !(image && typeof image === 'object' && 'inOrders' in image && image.inOrders),
    ),
  )
