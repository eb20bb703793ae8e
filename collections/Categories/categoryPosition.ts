import type { Field, FieldHook, PayloadRequest } from 'payload'

import { nobodyField } from '@/access/checks'

/**
 * Every category's `_order` key, sorted, read once per request: a page of categories asks for each
 * one's position, and a count per category was a query per row (the catalogue page's statement
 * test caught it). Keys compare byte by byte, as both databases sort the column.
 */
const orderKeys = (req: PayloadRequest): Promise<string[]> => {
  const cached = req.context.categoryOrderKeys as Promise<string[]> | undefined
  if (cached) return cached
  const keys = req.payload
    .find({
      collection: 'categories',
      pagination: false,
      depth: 0,
      select: { _order: true },
      overrideAccess: true,
      req,
    })
    .then(({ docs }) =>
      docs
        .map((doc) => (doc as { _order?: unknown })._order)
        .filter((key): key is string => typeof key === 'string')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    )
  req.context.categoryOrderKeys = keys
  return keys
}

/** A category's place (1 = first) in the order staff set by dragging, counted, never stored. */
const positionInOrder: FieldHook = async ({ siblingData, req }) => {
  const key = siblingData?._order
  if (typeof key !== 'string') return undefined
  return (await orderKeys(req)).filter((other) => other < key).length + 1
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
