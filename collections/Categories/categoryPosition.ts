import type { Field, FieldHook } from 'payload'

import { nobodyField } from '@/access/checks'

/** A category's place (1 = first) in the order staff set by dragging, counted, never stored. */
const positionInOrder: FieldHook = async ({ siblingData, req }) => {
  const key = siblingData?._order
  if (typeof key !== 'string') return undefined
  const { totalDocs } = await req.payload.count({
    collection: 'categories',
    where: { _order: { less_than: key } },
    overrideAccess: true,
    req,
  })
  return totalDocs + 1
}

/**
 * `order` of the API contract: read-only now that the admin's drag and drop decides the order
 * (Payload's `orderable`, kept in `_order`). Sort by `_order`; `order` is the resulting position.
 */
export const categoryPositionField: Field = {
  name: 'order',
  type: 'number',
  virtual: true,
  access: { create: nobodyField, update: nobodyField },
  hooks: { afterRead: [positionInOrder] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Place on the storefront; drag categories in the list to change it',
  },
}
