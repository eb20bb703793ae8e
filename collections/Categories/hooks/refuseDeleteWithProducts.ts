import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/** A category that still holds products cannot be deleted; the products would lose their shelf. */
export const refuseDeleteWithProducts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Counts drafts too, so access is overridden: the rule is about every product, seen or not.
  const { totalDocs } = await req.payload.count({
    collection: 'products',
    where: { category: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    const noun = totalDocs === 1 ? 'product' : 'products'
    throw new APIError(
      `This category still has ${totalDocs} ${noun}. Move or delete them before deleting the category.`,
      409,
      { productCount: totalDocs },
      true,
    )
  }
}
