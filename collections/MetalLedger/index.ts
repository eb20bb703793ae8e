import type { CollectionConfig, Field } from 'payload'

import { isStaff, nobody, staffField } from '@/access/checks'
import { or } from '@/access/compose'
import { isLedgerHolder } from '@/access/ledgerChecks'
import { ledgerBalancesEndpoint } from '@/endpoints/metalLedgerBalances'
import { adminCells, timestampFields } from '@/fields/adminCells'
import { ledgerEntryKindLabels, ledgerEntryKinds } from '@/lib/metalLedger'
import { metals, purities } from '@/lib/metal'

import { refuseLedgerEdit } from './hooks/refuseLedgerEdit'

const grams = (name: string, description: string): Field => ({
  name,
  type: 'number',
  admin: { readOnly: true, description },
})

/**
 * The karigar metal ledger (lib/metalLedger.ts): one append-only row per movement of metal between
 * the shop and a goldsmith, written only by operations (an issue with an assignment, a receipt,
 * an acknowledged variance). Staff read every row, a goldsmith their own; nobody creates, edits
 * or deletes a row through any API, and the hooks refuse even a trusted Local API edit.
 */
export const MetalLedger: CollectionConfig = {
  slug: 'metal-ledger',
  labels: { singular: 'Metal ledger entry', plural: 'Metal ledger' },
  graphQL: { singularName: 'MetalLedgerEntry', pluralName: 'MetalLedgerEntries' },
  typescript: { interface: 'MetalLedgerEntry' },
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['createdAt', 'goldsmith', 'kind', 'purity', 'weight', 'fineWeight', 'order'],
    group: 'Orders',
    components: {
      beforeListTable: ['/src/components/admin/ledger/GoldsmithBalances#GoldsmithBalances'],
    },
    description:
      'Metal issued to and received from each goldsmith. Entries are never edited: issue metal when assigning an order, record what came back from the order page.',
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['goldsmith', 'createdAt'] }, { fields: ['order', 'createdAt'] }],
  access: { read: or(isStaff, isLedgerHolder), create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseLedgerEdit], beforeDelete: [refuseLedgerEdit] },
  // Entries never change, so there are no versions (payload.config.ts answers their routes 404).
  endpoints: [ledgerBalancesEndpoint],
  fields: [
    {
      name: 'goldsmith',
      type: 'relationship',
      relationTo: 'goldsmiths',
      required: true,
      index: true,
      admin: { readOnly: true, components: { Cell: adminCells.relationTitle } },
    },
    {
      name: 'order',
      type: 'relationship',
      relationTo: 'orders',
      index: true,
      admin: { components: { Cell: adminCells.relationTitle } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ledgerEntryKinds.map((value) => ({ label: ledgerEntryKindLabels[value], value })),
    },
    { name: 'metal', type: 'select', required: true, options: [...metals] },
    { name: 'purity', type: 'select', required: true, options: [...purities] },
    grams('weight', 'Grams of alloy of this purity (a variance may be negative: more came back)'),
    grams('fineWeight', 'Grams of fine metal: the weight × the purity’s fineness'),
    {
      // Written with a receipt: the order's weight check (lib/metalLedger.ts, receiptCheck).
      name: 'check',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'receipt' },
      fields: [
        grams('expected', 'Net weight of the order’s pieces of this purity'),
        grams('issued', 'Issued for the order so far'),
        grams('returned', 'Pieces and scrap returned so far'),
        grams('loss', 'Issued less returned less already written off'),
        grams('allowed', 'The wastage the category norms allow'),
        grams('variance', 'Beyond the norm (or gained); staff acknowledge it before dispatch'),
        { name: 'overNorm', type: 'checkbox', admin: { readOnly: true } },
      ],
    },
    {
      // One receipt per issue, one acknowledgement per receipt, even under concurrency.
      name: 'uniqueKey',
      type: 'text',
      unique: true,
      access: { read: staffField },
      admin: { hidden: true },
    },
    {
      name: 'recordedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffField },
      admin: { readOnly: true },
    },
    // Staff's own words (why a variance was accepted); not the karigar's to read.
    { name: 'note', type: 'textarea', maxLength: 1000, access: { read: staffField } },
    ...timestampFields(),
  ],
}
