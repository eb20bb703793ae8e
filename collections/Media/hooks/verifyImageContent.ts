import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'

const rasterFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'gif'])

/**
 * Trusts the bytes, not the declared type: an SVG (which can carry script) or any non-image sent as
 * `image/png` is refused before it is stored.
 */
export const verifyImageContent: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
  const format = await sharp(req.file.data)
    .metadata()
    .then((meta) => meta.format as string | undefined)
    .catch(() => undefined)
  if (!format || !rasterFormats.has(format)) {
    throw new ValidationError(
      {
        collection: 'media',
        errors: [
          {
            path: 'file',
            message: `The file is ${format ? `an ${format.toUpperCase()}` : 'not an image'}; upload a JPEG, PNG, WebP, AVIF or GIF image.`,
          },
        ],
      },
      req.t,
    )
  }
  return args
}
