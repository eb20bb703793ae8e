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

/** Where an image is in use, counted: what deleting it would break. */
export type MediaUses = {
  siteSettings: string[]
  products: number
  categories: number
  inOrders: boolean
}

const counted = (count: number, one: string, many: string) =>
  count === 0 ? null : `${count} ${count === 1 ? one : many}`

/**
 * Null when nothing uses the image, else why it cannot be deleted, in words staff act on: the
 * places to change first, or, for an image an order shows, that it is kept as the order's record.
 */
export const mediaInUseProblem = (uses: MediaUses): string | null => {
  if (uses.inOrders)
    return 'This image is part of an order’s record (the piece as ordered or as made), so it is kept.'
  const places = [
    ...uses.siteSettings,
    counted(uses.products, 'product', 'products'),
    counted(uses.categories, 'category', 'categories'),
  ].filter((place): place is string => place !== null)
  if (!places.length) return null
  const list =
    places.length === 1
      ? places[0]
      : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`
  return `This image is used by ${list}; choose another image there first.`
}
