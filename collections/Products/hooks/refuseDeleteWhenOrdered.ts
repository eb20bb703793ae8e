import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/**
 * A product that orders name cannot be deleted: the orders keep their snapshot, but their link to
 * the design would break (the database refuses it, which surfaced as a 500). Unpublish it instead.
 */
export const refuseDeleteWhenOrdered: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Every order counts, not just those the deleting person may read.
  const { totalDocs } = await req.payload.count({
    collection: 'orders',
    where: { 'items.product': { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    const noun = totalDocs === 1 ? 'order' : 'orders'
    throw new APIError(
      `This product is on ${totalDocs} ${noun}, so it cannot be deleted. Set it to draft to take it off the catalogue.`,
      409,
      { orderCount: totalDocs },
      true,
    )
  }
}
