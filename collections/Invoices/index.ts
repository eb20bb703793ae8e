import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '@/access/checks'

const partyFields = [
  { name: 'name', type: 'text' as const },
  { name: 'gstin', label: 'GSTIN', type: 'text' as const },
  { name: 'address', type: 'textarea' as const },
]

/**
 * GST tax invoices, one per dispatched vendor order, issued inside the dispatch
 * (operations/issueInvoice.ts) with a number from the financial year's gap-free series. Who sold
 * and who bought are frozen here as they were at issue; the lines come from the order, whose
 * prices never change after dispatch. Nobody edits or deletes an invoice: the PDF is at
 * `GET /api/orders/:id/invoice` (staff and the vendor who bought).
 */
export const Invoices: CollectionConfig = {
  slug: 'invoices',
  admin: {
    group: 'Orders',
    useAsTitle: 'number',
    defaultColumns: ['number', 'orderCode', 'buyer.name', 'issuedAt'],
  },
  defaultSort: '-sequence',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'number', type: 'text', required: true, unique: true, index: true },
    { name: 'financialYear', type: 'text', required: true },
    { name: 'sequence', type: 'number', required: true },
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, unique: true },
    { name: 'orderCode', label: 'Order ID', type: 'text', required: true },
    {
      name: 'issuedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'seller', type: 'group', fields: partyFields },
    { name: 'buyer', type: 'group', fields: partyFields },
  ],
}
