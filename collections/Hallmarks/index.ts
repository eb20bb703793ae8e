import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '@/access/checks'

/**
 * The hallmark unique ID (HUID) of every dispatched piece, one row a piece, written only by the
 * dispatch (operations/dispatchHuids.ts). The unique index on `huid` is what keeps one HUID on one
 * piece across all orders, under concurrent dispatches too: the second insert fails and its
 * dispatch rolls back. Staff look a HUID up here; nobody edits or deletes one.
 */
export const Hallmarks: CollectionConfig = {
  slug: 'hallmarks',
  admin: {
    group: 'Orders',
    useAsTitle: 'huid',
    defaultColumns: ['huid', 'orderCode', 'productName', 'piece', 'createdAt'],
    description: 'Hallmark unique IDs of dispatched pieces, as entered at dispatch',
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'huid', label: 'HUID', type: 'text', required: true, unique: true, index: true },
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    // The order's ID and the piece's name as printed on the delivery note, for the list.
    { name: 'orderCode', label: 'Order ID', type: 'text', required: true },
    { name: 'item', type: 'text', required: true, admin: { description: 'The order line' } },
    { name: 'productName', type: 'text' },
    { name: 'metal', type: 'text' },
    { name: 'purity', type: 'text' },
    {
      name: 'piece',
      type: 'number',
      required: true,
      admin: { description: 'Piece n of the line' },
    },
  ],
}
