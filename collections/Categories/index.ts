import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '@/access/checks'
import { slugField } from '@/fields/slug'
import { recordAuditAfterChange, recordAuditAfterDelete } from '@/hooks/recordAudit'
import { refreshMediaAfterChange, refreshMediaAfterDelete } from '@/hooks/refreshMediaVisibility'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateStorefront'
import { makingDaysField } from '@/fields/makingDays'
import { defaultMakingDays } from '@/lib/readyDate'
import { sizesField } from '@/fields/sizes'

import { categoryPositionField } from './categoryPosition'
import { refuseDeleteWithProducts } from './hooks/refuseDeleteWithProducts'
import { wastageNormsField } from './wastageNorms'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: 'Catalogue' },
  // Staff drag categories into order in the admin list; Payload keeps it in `_order`.
  orderable: true,
  defaultSort: '_order',
  // A product's category, populated, is a label and a link on its card (src/queries/views.ts).
  defaultPopulate: { name: true, slug: true },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    beforeDelete: [refuseDeleteWithProducts],
    // Product pages show the category's name, so they go stale with it.
    afterChange: [
      revalidateAfterChange('categories', 'products'),
      recordAuditAfterChange('categories'),
      refreshMediaAfterChange(['icon']),
    ],
    afterDelete: [
      revalidateAfterDelete('categories', 'products'),
      recordAuditAfterDelete('categories'),
      refreshMediaAfterDelete(['icon']),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    {
      name: 'icon',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shown in a circle on the storefront; a square image works best' },
    },
    categoryPositionField,
    { name: 'description', type: 'textarea', maxLength: 1000 },
    sizesField(
      'The sizes a new product in this category offers until you set its own (e.g. ring sizes 8–24)',
    ),
    makingDaysField(
      `How long the workshop takes to make a piece of this category, for products that do not say; empty means ${defaultMakingDays} days`,
    ),
    wastageNormsField,
  ],
}
