import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '@/access/checks'

import { verifyImageContent } from './hooks/verifyImageContent'

const webp = { format: 'webp' as const, options: { quality: 82 } }

/** Product and category images. Stored on local disk, or S3 when configured (see adapters/). */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Catalogue', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeOperation: [verifyImageContent] },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    formatOptions: webp,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
      { name: 'card', width: 720, height: 720, position: 'centre', formatOptions: webp },
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
  ],
}
