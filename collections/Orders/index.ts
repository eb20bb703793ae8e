import type { CollectionConfig } from 'payload'

import { nobody, nobodyField, isStaff, staffField } from '@/access/checks'
import { or } from '@/access/compose'
import { isAssignedGoldsmith, isOrderPlacer, orderPartyField } from '@/access/orderChecks'
import { isApprovedVendor, isCustomer } from '@/access/checks'
import { metalReceipt } from '@/endpoints/metalReceipt'
import { deliveryNote } from '@/endpoints/deliveryNote'
import { invoice } from '@/endpoints/invoice'
import { jobCard } from '@/endpoints/jobCard'
import { orderEdit } from '@/endpoints/orderEdit'
import { orderReadyDate } from '@/endpoints/orderReadyDate'
import { orderTransition } from '@/endpoints/orderTransition'
import { recordAuditAfterChange, recordAuditAfterDelete } from '@/hooks/recordAudit'
import { refuseUntilPasswordChanged } from '@/hooks/refuseUntilPasswordChanged'
import { orderStatusLabels, orderStatuses } from '@/lib/orderStatus'

import {
  amountFields,
  amountConfirmationField,
  assignedGoldsmithField,
  customerSnapshotField,
  historyField,
  itemsField,
  listColumns,
  rateTermsField,
  readyByField,
  repricingField,
  shownOnceSaved,
  timestampFields,
} from './fields'
import { admitPlacer } from './hooks/admitPlacer'
import { announceNewOrder } from './hooks/announceNewOrder'
import { beginPlacement, commitPlacement } from './hooks/commitPlacementOnce'
import { prepareNewOrder } from './hooks/prepareNewOrder'
import { validateOrderInput } from './hooks/validateOrderInput'

/**
 * Made-to-order jobs. Placed with `POST /api/orders` (items and delivery details only); every
 * status change goes through `POST /api/orders/:id/transition`, and a buyer's change while placed
 * through `POST /api/orders/:id/edit`. Never deleted.
 */
export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    useAsTitle: 'orderId',
    // Status beside the ID: on a phone the table scrolls sideways and the first columns show.
    defaultColumns: ['orderId', 'status', 'buyer', 'readyBy', 'totalAmount', 'placedAt'],
    group: 'Orders',
    // The search box finds an order by its ID or its buyer's name or phone.
    listSearchableFields: ['orderId', 'customerSnapshot.name', 'customerSnapshot.phone'],
    components: {
      beforeListTable: [
        '/src/components/admin/orders/OrderStatusFilters#OrderStatusFilters',
        '/src/components/admin/orders/BulkAccept#BulkAccept',
      ],
    },
  },
  defaultSort: '-createdAt',
  // A karigar's work list: their orders by due date (src/queries/orders.ts, listMyWork), and newest
  // first over the API (the default sort), so a page of 20 stops after 20 rows.
  indexes: [
    { fields: ['assignedGoldsmith', 'readyBy'] },
    { fields: ['assignedGoldsmith', 'createdAt'] },
  ],
  access: {
    read: or(isStaff, isOrderPlacer, isAssignedGoldsmith),
    create: or(isStaff, isCustomer, isApprovedVendor),
    // Staff may correct delivery details and instructions; the status moves only by transition.
    update: isStaff,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseUntilPasswordChanged, admitPlacer, beginPlacement],
    beforeValidate: [validateOrderInput],
    beforeChange: [prepareNewOrder],
    afterChange: [announceNewOrder, recordAuditAfterChange('orders')],
    afterDelete: [recordAuditAfterDelete('orders')],
    afterOperation: [commitPlacement],
  },
  endpoints: [
    orderTransition,
    orderEdit,
    orderReadyDate,
    metalReceipt,
    jobCard,
    deliveryNote,
    invoice,
  ],
  fields: [
    {
      // The order at a glance, its next steps and its timeline (src/components/admin/orders).
      name: 'desk',
      type: 'ui',
      admin: {
        ...shownOnceSaved,
        disableListColumn: true,
        components: { Field: '/src/components/admin/orders/OrderDesk#OrderDesk' },
      },
    },
    ...listColumns,
    {
      name: 'orderId',
      label: 'Order ID',
      type: 'text',
      unique: true,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { ...shownOnceSaved, readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'ordered',
      index: true,
      options: orderStatuses.map((status) => ({ label: orderStatusLabels[status], value: status })),
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Cell: '/src/components/admin/OrderStatusLabel#OrderStatusCell' },
      },
    },
    {
      name: 'placedBy',
      type: 'relationship',
      relationTo: ['customers', 'vendors'],
      index: true,
      // Staff choose it on the create form; nobody may change it afterwards, so the edit form shows
      // it read-only (a buyer's own choice is replaced by the placement hook).
      access: { read: orderPartyField, create: staffField, update: nobodyField },
      admin: { description: 'The customer or vendor this order is for' },
    },
    customerSnapshotField,
    itemsField,
    ...amountFields,
    rateTermsField,
    repricingField,
    { name: 'instructions', type: 'textarea', maxLength: 1000 },
    {
      // The placing account's Idempotency-Key, scoped to it; one order per key.
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      access: { read: staffField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    readyByField,
    amountConfirmationField,
    assignedGoldsmithField,
    ...timestampFields,
    historyField,
  ],
}
