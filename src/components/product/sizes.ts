// Standard Indian sizes per kind of piece; a category not listed here has no size to choose.
const ringSizes = Array.from({ length: 17 }, (_, i) => `Ring size ${i + 8}`)
const bangleSizes = ['2.2', '2.4', '2.6', '2.8', '2.10'].map((s) => `Bangle ${s}`)
const lengths = ['16 in', '18 in', '20 in', '22 in', '24 in']

const byCategory: Record<string, readonly string[]> = {
  rings: ringSizes,
  bangles: bangleSizes,
  bracelets: ['6.5 in', '7 in', '7.5 in', '8 in'],
  chains: lengths,
  necklaces: lengths,
  mangalsutra: lengths,
}

/** The sizes a customer chooses from for a product in this category, or null. */
export const sizesForCategory = (slug: string | undefined): readonly string[] | null =>
  (slug && byCategory[slug]) || null
