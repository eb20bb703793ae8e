import type { PayloadRequest } from 'payload'

import { quickOrderProductFields, skuVariants } from '@/lib/quickOrder'

const select = Object.fromEntries(quickOrderProductFields.map((field) => [field, true]))

/**
 * The pieces some typed SKUs name, as the signed-in person may read them (`overrideAccess: false`:
 * collection access keeps drafts from vendors, field access decides the price), and which of the
 * SKUs exist but are not published, so a line can say "not published" rather than "unknown".
 * Two queries whatever the number of SKUs (`sku in [...]`); the second, only for SKUs the first
 * did not find, overrides access but reads nothing but the SKU.
 */
export const productsBySku = async (req: PayloadRequest, skus: string[]) => {
  const wanted = skuVariants(skus)
  const { docs } = await req.payload.find({
    collection: 'products',
    where: { sku: { in: wanted } },
    select,
    depth: 1,
    limit: wanted.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const seen = new Set(docs.map((doc) => doc.sku))
  const missing = wanted.filter((sku) => !seen.has(sku))
  const hidden = missing.length
    ? (
        await req.payload.find({
          collection: 'products',
          where: { sku: { in: missing } },
          select: { sku: true },
          depth: 0,
          limit: missing.length,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  const published = docs.filter((doc) => doc.status === 'published')
  return {
    docs: published,
    unpublished: [
      ...docs.filter((doc) => doc.status !== 'published').map((doc) => doc.sku),
      ...hidden.map((doc) => doc.sku),
    ],
  }
}
