import type { DefaultServerCellComponentProps } from 'payload'

import { lookUp } from '../adminContext'

type Image = {
  alt?: string | null
  url?: string | null
  sizes?: { thumbnail?: { url?: string | null } }
}

/** An image gallery column: the cover's thumbnail, and how many more there are. */
export async function ImagesCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const ids = Array.isArray(cellData) ? cellData : cellData ? [cellData] : []
  const first = ids[0]
  const coverId = typeof first === 'object' && first ? (first as { id: string }).id : first
  if (typeof coverId !== 'string' && typeof coverId !== 'number')
    return <span className="shop-thumb shop-thumb--empty" aria-label="No image" />
  const cover = (await lookUp(
    payload,
    'media',
    { alt: true, filename: true, url: true, sizes: { thumbnail: { filename: true, url: true } } },
    coverId,
  )) as Image | null
  const src = cover?.sizes?.thumbnail?.url ?? cover?.url
  return (
    <span className="shop-thumb-wrap">
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- a 48 px admin thumbnail, already resized
        <img
          className="shop-thumb"
          src={src}
          alt={cover?.alt ?? ''}
          width={48}
          height={48}
          loading="lazy"
        />
      ) : (
        <span className="shop-thumb shop-thumb--empty" aria-label="No image" />
      )}
      {ids.length > 1 ? <span className="shop-thumb-more">+{ids.length - 1}</span> : null}
    </span>
  )
}
