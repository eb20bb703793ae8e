import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/checks'

/**
 * Named sequences (`order:271126`, `vendor`) advanced atomically by operations/nextSequence.ts.
 * Plain columns only, so that `$inc` becomes one `UPDATE … RETURNING`. No API may touch them.
 */
export const Counters: CollectionConfig = {
  slug: 'counters',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
