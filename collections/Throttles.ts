import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/checks'

/**
 * Attempt counters of the sign-in, sign-up, reset and contact throttles (operations/throttle.ts),
 * in the shop's own database so every instance shares them. A row is one key (`login:…`,
 * `signup:<client>`) with the points used and when they expire. No API may touch them.
 */
export const Throttles: CollectionConfig = {
  slug: 'throttles',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true, defaultValue: 0 },
    { name: 'expire', type: 'date', index: true },
  ],
}
