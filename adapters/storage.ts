import type { Plugin } from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'

// @payloadcms/storage-s3 and its plugin-cloud-storage are published up to 3.90.1 only, so Payload's
// development-time check that every @payloadcms package matches payload (3.90.2) would stop every
// dev start and script. package.json's overrides give them our payload and ui, and
// tests/int/dependencies.int.spec.ts checks the lockfile in the check's place.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Media on S3 (or any S3-compatible store) when `S3_BUCKET` is set; local disk otherwise. The plugin
 * is registered either way, disabled without a bucket, and always adds its fields (`prefix`,
 * `_objectKey`) to media: the schema, and so the committed migrations, must be the same whichever
 * storage a server is started with (a production server with S3 failed every upload on a missing
 * column before, tests/int/storage.s3.int.spec.ts).
 */
export const storagePlugins = (): Plugin[] => {
  const bucket = process.env.S3_BUCKET
  return [
    s3Storage({
      enabled: Boolean(bucket),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: bucket ?? '',
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
