import type { Field } from 'payload'

import { nobodyField, staffField } from '@/access/checks'
import {
  historyNoteField,
  orderPartyField,
  orderPricesField,
  workshopField,
} from '@/access/orderChecks'
import { moneyField } from '@/fields/money'
import { weightField } from '@/fields/weight'
import { noteAudienceLabels, noteAudiences } from '@/lib/noteAudience'
import { orderActions, orderStatuses, transitions } from '@/lib/orderStatus'
import { maxQuantityPerItem } from '@/lib/orderLines'
import { confirmationChannelLabels, confirmationChannels } from '@/lib/amountConfirmation'
import { peopleCollections, historyActorRoles } from '@/lib/accounts'
import {
  makingBasisLabels,
  makingBases,
  pricingModeLabels,
  pricingModes,
  rateTermsLabels,
  rateTermsOptions,
} from '@/lib/ratePricing'

// Written only by the placement hook and the transition operation; no API write reaches them.
const serverOnly = { create: nobodyField, update: nobodyField }
const hiddenPrice = { read: orderPricesField, ...serverOnly }

/** Keeps server-written fields off the create form: they are empty until the order exists. */
export const shownOnceSaved = { condition: (data: { id?: unknown }) => Boolean(data?.id) }

const snapshotField = '/src/components/admin/orders/SnapshotField#SnapshotField'

/** What the piece was when ordered; later product edits never change it. */
const productSnapshot: Field = {
  name: 'productSnapshot',
  type: 'group',
  access: serverOnly,
  admin: shownOnceSaved,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'sku', type: 'text' },
    { name: 'slug', type: 'text' },
    { name: 'categoryName', type: 'text' },
    { name: 'metal', type: 'text' },
    { name: 'purity', type: 'text' },
    weightField('grossWeight'),
    weightField('netWeight'),
    weightField('stoneWeight'),
    // Shown as pictures and a list, not in Payload's JSON editor (which loads from a public CDN).
    {
      name: 'images',
      type: 'json',
      admin: { components: { Field: snapshotField } },
    },
    { name: 'attributes', type: 'json', admin: { components: { Field: snapshotField } } },
  ],
}

/**
 * The line's rate contract, per ONE piece (lib/ratePricing.ts): the terms frozen at placement, the
 * price parts, GST and the price (whole rupees, equal to `priceAtOrder`). Under on-delivery rate
 * terms dispatch reprices it from that day's rate; `repricing` keeps what it was.
 */
const rateContractField: Field = {
  name: 'rateContract',
  type: 'group',
  access: hiddenPrice,
  admin: { ...shownOnceSaved, readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'pricing',
          type: 'select',
          options: pricingModes.map((value) => ({ label: pricingModeLabels[value], value })),
        },
        { name: 'metal', type: 'text' },
        { name: 'purity', type: 'text' },
        moneyField('rate', { admin: { description: 'INR per gram of this metal and purity' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        weightField('netWeight'),
        { name: 'wastagePercent', type: 'number', admin: { description: '% of net weight' } },
        {
          name: 'makingBasis',
          type: 'select',
          options: makingBases.map((value) => ({ label: makingBasisLabels[value], value })),
        },
        { name: 'makingRate', type: 'number' },
        moneyField('stoneCharges'),
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField('metalValue'),
        moneyField('making'),
        moneyField('stones'),
        moneyField('gst', { label: 'GST' }),
        moneyField('price', { admin: { description: 'INR per piece before GST' } }),
      ],
    },
    {
      name: 'gstRates',
      label: 'GST rates (%)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'metal', type: 'number' },
            { name: 'making', type: 'number' },
            { name: 'stones', type: 'number' },
          ],
        },
      ],
    },
  ],
}

export const itemsField: Field = {
  name: 'items',
  type: 'array',
  required: true,
  minRows: 1,
  maxRows: 50,
  access: { update: nobodyField },
  fields: [
    { name: 'product', type: 'relationship', relationTo: 'products', required: true },
    productSnapshot,
    { name: 'quantity', type: 'number', required: true, min: 1, max: maxQuantityPerItem },
    { name: 'size', type: 'text', maxLength: 20 },
    { name: 'notes', type: 'textarea', maxLength: 500 },
    moneyField('priceAtOrder', { access: hiddenPrice, admin: shownOnceSaved }),
    { name: 'wastageAtOrder', type: 'number', access: hiddenPrice, admin: shownOnceSaved },
    moneyField('makingChargesAtOrder', { access: hiddenPrice, admin: shownOnceSaved }),
    moneyField('metalRateAtOrder', {
      access: hiddenPrice,
      admin: { ...shownOnceSaved, description: 'INR per gram of the metal when ordered' },
    }),
    rateContractField,
  ],
}

/**
 * `locked` (the default): the prices frozen at placement are the prices billed. `on_delivery`:
 * chosen by staff when accepting a vendor's order; dispatch reprices rate-linked lines from that
 * day's rate (operations/priceAtDispatch.ts).
 */
export const rateTermsField: Field = {
  name: 'rateTerms',
  type: 'select',
  defaultValue: 'locked',
  options: rateTermsOptions.map((value) => ({ label: rateTermsLabels[value], value })),
  access: hiddenPrice,
  admin: { ...shownOnceSaved, readOnly: true, position: 'sidebar' },
}

/** What dispatch under on-delivery terms changed, and why: shown to staff and the vendor. */
export const repricingField: Field = {
  name: 'repricing',
  type: 'group',
  access: hiddenPrice,
  admin: { ...shownOnceSaved, readOnly: true, condition: (data) => Boolean(data?.repricing?.at) },
  fields: [
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'reason', type: 'textarea' },
    moneyField('previousSubtotal'),
    moneyField('previousGst', { label: 'Previous GST' }),
    moneyField('previousTotal'),
    {
      name: 'difference',
      type: 'number',
      admin: { description: 'INR: the new total less the total at order (negative when lower)' },
    },
    {
      // `[{ line, name, rateBefore, rateAfter, priceBefore, priceAfter }]`, one per repriced line.
      // JSON rather than an array: an array is a table that older migrations' reads would join.
      name: 'lines',
      type: 'json',
      admin: { hidden: true },
    },
  ],
}

export const customerSnapshotField: Field = {
  name: 'customerSnapshot',
  type: 'group',
  // Buyers send delivery details here; the placement hook rebuilds the whole group from the account.
  access: { read: orderPartyField, update: staffField },
  fields: [
    { name: 'name', type: 'text', admin: shownOnceSaved },
    {
      name: 'recipientName',
      type: 'text',
      maxLength: 120,
      admin: { description: 'Who receives the parcel, when not the buyer' },
    },
    {
      name: 'phone',
      type: 'text',
      admin: { description: "Leave empty to use the buyer's phone on record" },
    },
    { name: 'email', type: 'email', admin: shownOnceSaved },
    { name: 'address', type: 'textarea' },
    { name: 'pincode', type: 'text' },
  ],
}

export const historyField: Field = {
  name: 'history',
  type: 'array',
  access: serverOnly,
  // No shownOnceSaved here: a condition makes Payload's SQL schema drop NOT NULL from the entries'
  // required columns. Hidden: the order's timeline (OrderDesk) shows it, dates in the business's
  // time zone and notes marked with who reads them.
  admin: { readOnly: true, hidden: true },
  fields: [
    {
      name: 'action',
      type: 'select',
      // `edit`: the buyer changed lines or delivery details while the order was placed;
      // `reschedule`: staff moved the ready date after accepting (the status stays).
      options: ['place', ...orderActions, 'edit', 'reschedule'],
      required: true,
    },
    { name: 'from', type: 'select', options: [...orderStatuses] },
    { name: 'to', type: 'select', options: [...orderStatuses], required: true },
    {
      name: 'at',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'actorRole',
      type: 'select',
      options: [...historyActorRoles],
      required: true,
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: [...peopleCollections],
      access: { read: staffField },
    },
    { name: 'note', type: 'textarea', access: { read: historyNoteField } },
    {
      name: 'noteVisibility',
      label: 'Note is for',
      type: 'select',
      options: noteAudiences.map((value) => ({ label: noteAudienceLabels[value], value })),
    },
    {
      // Read by whoever reads the order: staff, its buyer and its karigar (access/media.ts).
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      admin: {
        description: 'The finished piece, as photographed when it was marked done',
        // Only the completion that brought one shows it; the other entries have nothing here.
        condition: (_data, siblingData) => Boolean(siblingData?.photo),
      },
    },
  ],
}

/** `acceptedAt`, `assignedAt`, …: one read-only date per transition, from the status table. */
export const timestampFields: Field[] = [
  ...new Set(Object.values(transitions).map((t) => t.timestampField)),
].map((name) => ({
  name,
  type: 'date' as const,
  access: serverOnly,
  admin: {
    // On the timeline, in the business's time zone; the date field would show the browser's.
    condition: () => false,
    readOnly: true,
    position: 'sidebar' as const,
    date: { pickerAppearance: 'dayAndTime' as const },
  },
}))

export const assignedGoldsmithField: Field = {
  name: 'assignedGoldsmith',
  type: 'relationship',
  relationTo: 'goldsmiths',
  index: true,
  access: { read: workshopField, ...serverOnly },
  admin: { ...shownOnceSaved, readOnly: true, position: 'sidebar' },
}

// Shown formatted in rupees at the top of the order (OrderDesk) and in the list, not as raw numbers.
const sidebarAmount = { condition: () => false, readOnly: true, position: 'sidebar' as const }

/**
 * What the order commits to, fixed at placement (and recomputed from the frozen unit prices when
 * the buyer changes a quantity): subtotal, the GST rate and GST, and `totalAmount`, their sum.
 * Orders placed before GST was recorded hold only `totalAmount`, which was their subtotal.
 */
export const amountFields: Field[] = [
  moneyField('subtotalAmount', { access: hiddenPrice, admin: sidebarAmount }),
  {
    name: 'gstRate',
    label: 'GST rate (%)',
    type: 'number',
    access: hiddenPrice,
    admin: sidebarAmount,
  },
  moneyField('gstAmount', { label: 'GST', access: hiddenPrice, admin: sidebarAmount }),
  moneyField('totalAmount', {
    access: hiddenPrice,
    admin: {
      ...sidebarAmount,
      description: 'INR, including GST',
      components: { Cell: '/src/components/admin/orders/OrderListCells#AmountCell' },
    },
  }),
]

/**
 * The promised ready date (lib/readyDate.ts): set at placement from the pieces' making times,
 * changed by staff only when accepting. Everyone who reads the order reads it.
 */
export const readyByField: Field = {
  name: 'readyBy',
  label: 'Ready by',
  type: 'date',
  access: serverOnly,
  admin: {
    ...shownOnceSaved,
    readOnly: true,
    position: 'sidebar',
    description: 'Promised to the buyer; the karigar’s due date. Change it with the next steps.',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
    components: { Cell: '/src/components/admin/ReadyByCell#ReadyByCell' },
  },
}

/**
 * How staff confirmed the amount with the buyer when accepting (lib/amountConfirmation.ts): the
 * buyer reads how and when, never the amount; who confirmed it only staff.
 */
export const amountConfirmationField: Field = {
  name: 'amountConfirmation',
  type: 'group',
  // The buyer's business and staff's, not the workshop's.
  access: { read: orderPartyField, ...serverOnly },
  // On the timeline, in the business's time zone.
  admin: { hidden: true },
  fields: [
    {
      name: 'via',
      label: 'Confirmed',
      type: 'select',
      options: confirmationChannels.map((value) => ({
        label: confirmationChannelLabels[value],
        value,
      })),
      admin: { readOnly: true },
    },
    {
      name: 'at',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffField },
      admin: { readOnly: true },
    },
  ],
}

/** Columns of the order list that are no field of their own: the buyer, and when it was placed. */
export const listColumns: Field[] = [
  {
    name: 'buyer',
    type: 'ui',
    admin: { components: { Cell: '/src/components/admin/orders/OrderListCells#BuyerCell' } },
  },
  {
    name: 'placedAt',
    label: 'Placed',
    type: 'ui',
    admin: { components: { Cell: '/src/components/admin/orders/OrderListCells#PlacedAtCell' } },
  },
]
