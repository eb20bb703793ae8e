import type { CollectionConfig } from 'payload'

import { isPublished, isStaff, nobodyField, pricesVisibleField } from '@/access/checks'
import { or } from '@/access/compose'
import { productsBySkuEndpoint } from '@/endpoints/productsBySku'
import { adminCells, timestampFields } from '@/fields/adminCells'
import { moneyField } from '@/fields/money'
import { slugField } from '@/fields/slug'
import { weightField } from '@/fields/weight'
import { recordAuditAfterChange, recordAuditAfterDelete } from '@/hooks/recordAudit'
import { refreshMediaAfterChange, refreshMediaAfterDelete } from '@/hooks/refreshMediaVisibility'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateStorefront'
import { metalLabels, metals, purities, purityProblem } from '@/lib/metal'
import {
  makingBasisLabels,
  makingBases,
  pricingModeLabels,
  pricingModes,
  rateTermsProblem,
} from '@/lib/ratePricing'
import { makingDaysField } from '@/fields/makingDays'
import { sizesField } from '@/fields/sizes'

import { priceFromRates } from './hooks/priceFromRates'
import { refuseDeleteWhenOrdered } from './hooks/refuseDeleteWhenOrdered'
import { takeCategorySizes } from './hooks/takeCategorySizes'

const hiddenPrice = { read: pricesVisibleField }

type Sibling = { siblingData: Record<string, unknown> & { pricing?: string } }
const isRateLinked = (_: unknown, sibling?: { pricing?: string }) =>
  sibling?.pricing === 'rate_linked'

/** A rate-linked term's check (lib/ratePricing.ts), reported on the field it is about. */
const rateTermValidate =
  (name: string) =>
  (value: unknown, { siblingData }: Sibling): string | true => {
    if (siblingData.pricing !== 'rate_linked') return true
    const problem = rateTermsProblem({ ...siblingData, [name]: value } as never)
    return problem?.field === name ? problem.message : true
  }

/** The catalogue. The public sees published pieces; prices only staff and approved vendors. */
export const Products: CollectionConfig = {
  slug: 'products',
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'images',
      'sku',
      'category',
      'metal',
      'purity',
      'price',
      'status',
      'featured',
    ],
    // Publish / unpublish the ticked rows at once.
    components: { beforeListTable: ['/src/components/admin/products/BulkStatus#BulkStatus'] },
    group: 'Catalogue',
    listSearchableFields: ['name', 'sku'],
  },
  defaultSort: '-createdAt',
  // A product populated into an order line carries what links to it; the line's own snapshot holds
  // what was ordered (name, images, weights, price). Populating the whole piece, its images and
  // category cost an order placement a quarter of its time at the API's default depth (2).
  defaultPopulate: { name: true, slug: true, sku: true, status: true },
  endpoints: [productsBySkuEndpoint],
  // The public reads only published pieces: their lists start from `status`, then walk the sort, so
  // a page of 20 stops after 20 rows instead of sorting (and building) every product first. Staff
  // lists and the storefront's featured-first sort use the ones without `status`.
  indexes: [
    { fields: ['status', 'createdAt'] },
    { fields: ['status', 'featured', 'createdAt'] },
    { fields: ['featured', 'createdAt'] },
  ],
  hooks: {
    beforeChange: [takeCategorySizes, priceFromRates],
    beforeDelete: [refuseDeleteWhenOrdered],
    afterChange: [
      revalidateAfterChange('products'),
      recordAuditAfterChange('products'),
      refreshMediaAfterChange(['images']),
    ],
    afterDelete: [
      revalidateAfterDelete('products'),
      recordAuditAfterDelete('products'),
      refreshMediaAfterDelete(['images']),
    ],
  },
  access: {
    read: or(isStaff, isPublished),
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160, index: true },
    slugField('name'),
    {
      name: 'sku',
      label: 'SKU',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 40,
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      index: true,
      admin: { components: { Cell: adminCells.relationTitle } },
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      admin: {
        description: 'The first image is the cover; drag to reorder',
        components: { Cell: adminCells.images },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'metal',
          type: 'select',
          required: true,
          index: true,
          options: metals.map((metal) => ({ label: metalLabels[metal], value: metal })),
        },
        {
          name: 'purity',
          type: 'select',
          required: true,
          index: true,
          options: purities.map((purity) => ({ label: purity, value: purity })),
          validate: (
            value: string | null | undefined,
            { siblingData }: { siblingData: { metal?: string } },
          ) =>
            value ? (purityProblem(siblingData.metal ?? '', value) ?? true) : 'Purity is required',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        weightField('grossWeight', { required: true, index: true }),
        weightField('netWeight', { required: true, index: true }),
        weightField('stoneWeight', { defaultValue: 0 }),
      ],
    },
    {
      name: 'pricing',
      type: 'select',
      defaultValue: 'fixed',
      access: hiddenPrice,
      options: pricingModes.map((value) => ({ label: pricingModeLabels[value], value })),
      admin: {
        description:
          'Fixed: the price typed below. Linked to the day’s rate: worked out from the rate of its metal and purity, its net weight, wastage, making and stones, and repriced whenever the rates change.',
      },
    },
    {
      type: 'row',
      admin: { condition: isRateLinked },
      fields: [
        {
          name: 'makingBasis',
          type: 'select',
          access: hiddenPrice,
          options: makingBases.map((value) => ({ label: makingBasisLabels[value], value })),
          validate: rateTermValidate('makingBasis'),
        },
        {
          name: 'makingRate',
          type: 'number',
          min: 0,
          access: hiddenPrice,
          validate: rateTermValidate('makingRate'),
          admin: { step: 0.01, description: '₹/g, % of the metal value, or ₹ per piece' },
        },
        moneyField('stoneCharges', {
          access: hiddenPrice,
          validate: rateTermValidate('stoneCharges'),
          admin: { step: 0.01, description: 'INR per piece' },
        }),
        moneyField('quotedRate', {
          label: 'Rate used',
          access: { ...hiddenPrice, create: nobodyField, update: nobodyField },
          admin: { readOnly: true, description: 'INR per gram, the current rate of its purity' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField('price', {
          access: hiddenPrice,
          admin: { description: 'INR; worked out from the rates when linked to them' },
        }),
        {
          name: 'wastage',
          type: 'number',
          min: 0,
          max: 100,
          access: hiddenPrice,
          admin: { step: 0.1, description: '% of net weight' },
        },
        moneyField('makingCharges', { access: hiddenPrice }),
      ],
    },
    {
      name: 'attributes',
      type: 'array',
      maxRows: 30,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, maxLength: 60 },
            { name: 'value', type: 'text', required: true, maxLength: 200 },
          ],
        },
      ],
    },
    { name: 'description', type: 'richText' },
    sizesField(
      'Exactly the sizes buyers may choose, in order. Left empty on a new product, it takes the category’s list; empty means one size.',
    ),
    makingDaysField(
      'How long the workshop takes to make this piece; empty takes the category’s. An order is promised ready this many days after it is placed (its slowest piece).',
    ),
    { name: 'tags', type: 'text', hasMany: true, maxRows: 30, index: true },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        components: { Cell: adminCells.booleanLabel },
        custom: { labels: ['Featured', ''] },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Published', value: 'published' },
      ],
      admin: { position: 'sidebar', components: { Cell: adminCells.status } },
    },
    ...timestampFields(),
  ],
}
