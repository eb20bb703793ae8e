import type { Plugin } from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'

/** Media on S3 (or any S3-compatible store) when `S3_BUCKET` is set; local disk otherwise. */
export const storagePlugins = (): Plugin[] => {
  const bucket = process.env.S3_BUCKET
  if (!bucket) return []
  return [
    s3Storage({
      collections: { media: true },
      bucket,
      config: {
        region: process.env.S3_REGION || 'auto',
        endpoint: process.env.S3_ENDPOINT || undefined,
        forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
        credentials: {
          accessKeyId: process.env.S3_ACCESS_KEY_ID || '',
          secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || '',
        },
      },
    }),
  ]
}
