/** An image as an order's item froze it (operations/snapshotItems.ts). */
export type SnapshotImage = {
  id?: number | string
  alt?: string | null
  url?: string | null
  thumbnailURL?: string | null
  cardURL?: string | null
}

/** The images of a snapshot, whatever the stored JSON holds. */
export const snapshotImages = (value: unknown): SnapshotImage[] =>
  Array.isArray(value)
    ? value.filter((image): image is SnapshotImage => !!image && typeof image === 'object')
    : []

/** The attributes of a snapshot (`[{ key, value }]`), whatever the stored JSON holds. */
export const snapshotAttributes = (value: unknown): { key: string; value: string }[] =>
  Array.isArray(value)
    ? value.flatMap((a) =>
        a && typeof a === 'object' && 'key' in a
          ? [{ key: String(a.key), value: String(a.value ?? '') }]
          : [],
      )
    : []

/** The smallest stored size of an image, for a thumbnail. */
export const thumbnailOf = (image: SnapshotImage | undefined): string | null =>
  image?.thumbnailURL || image?.cardURL || image?.url || null
