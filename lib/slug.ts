export const maxSlugLength = 80

/** Lower-case ASCII URL slug: `'22K Gold Bridal Necklace!'` → `'22k-gold-bridal-necklace'`. */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/, '')
}

/** Appends `-n` to make a slug unique (`ring` → `ring-2`), keeping within the max length. */
export function withSuffix(slug: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Slug suffix must be a positive integer, got ${n}`)
  }
  const suffix = `-${n}`
  const base = slug.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '')
  return base === '' ? String(n) : base + suffix
}
