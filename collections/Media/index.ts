import type { CollectionConfig, Field } from 'payload'

import { isStaff, nobodyField } from '@/access/checks'
import { canReadMedia } from '@/access/media'

import { refuseDeleteWhenUsed } from './hooks/refuseDeleteWhenUsed'
import { verifyImageContent } from './hooks/verifyImageContent'

/** A flag no client sets: the hooks in operations/mediaVisibility.ts keep it true to the data. */
const visibilityFlag = (name: string, description: string): Field => ({
  name,
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { create: nobodyField, update: nobodyField },
  admin: { readOnly: true, position: 'sidebar', description },
})

const webp = { format: 'webp' as const, options: { quality: 82 } }

// A small image is kept at its own size rather than upscaled, but the crop is still made, so the
// storefront and the admin list can always rely on `thumbnail` and `card` existing.
const squareCrop = { position: 'centre' as const, withoutEnlargement: true, formatOptions: webp }

/** Product and category images. Stored on local disk, or S3 when configured (see adapters/). */
export const Media: CollectionConfig = {
  slug: 'media',
  // A populated image carries what toImageView and the order snapshots read. Payload builds each URL
  // from its filename when the document is read, so the filenames come along too.
  defaultPopulate: {
    alt: true,
    filename: true,
    url: true,
    thumbnailURL: true,
    width: true,
    height: true,
    sizes: {
      thumbnail: { filename: true, url: true },
      card: { filename: true, url: true },
      large: { filename: true, url: true, width: true, height: true },
    },
  },
  admin: { group: 'Catalogue', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: canReadMedia, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeOperation: [verifyImageContent], beforeDelete: [refuseDeleteWhenUsed] },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    formatOptions: webp,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, ...squareCrop },
      { name: 'card', width: 720, height: 720, ...squareCrop },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Describe the image for people who cannot see it' },
    },
    // Who may see the file (access/media.ts), kept up to date by operations/mediaVisibility.ts.
    visibilityFlag(
      'publiclyUsed',
      'Shown by a published product, a category or the site settings: anyone may see it.',
    ),
    visibilityFlag('inOrders', 'Shown in orders: their buyers and karigars may see it.'),
  ],
}
