export type Kind =
  | 'ring'
  | 'necklace'
  | 'earrings'
  | 'bangle'
  | 'pendant'
  | 'chain'
  | 'bracelet'
  | 'nose-pin'
  | 'anklet'
  | 'mangalsutra'

export type Metal = 'gold' | 'silver' | 'platinum'

export type GemName = 'ruby' | 'emerald' | 'sapphire' | 'diamond'

export const kinds: readonly Kind[] = [
  'ring',
  'necklace',
  'earrings',
  'bangle',
  'pendant',
  'chain',
  'bracelet',
  'nose-pin',
  'anklet',
  'mangalsutra',
]

export const gemNames: readonly GemName[] = ['ruby', 'emerald', 'sapphire', 'diamond']

/** Drawing styles per kind; a variant number selects one of them (see decodeVariant). */
export const productStyles = {
  ring: ['solitaire', 'three-stone', 'halo', 'cluster', 'band'],
  necklace: ['choker', 'beaded', 'drops'],
  earrings: ['jhumka', 'stud', 'chandbali', 'hoop'],
  bangle: ['gem-set', 'engraved', 'rope', 'plain'],
  pendant: ['drop', 'heart', 'medallion', 'paisley', 'coin'],
  chain: ['cable', 'rope', 'ball', 'box'],
  bracelet: ['tennis', 'link', 'charm'],
  'nose-pin': ['flower', 'solitaire', 'star'],
  anklet: ['ghungroo', 'beaded'],
  mangalsutra: ['vati', 'diamond-drop', 'solitaire'],
} as const satisfies Record<Kind, readonly string[]>

export type ProductStyle<K extends Kind> = (typeof productStyles)[K][number]

export type DecodedVariant = { style: string; styleIndex: number; gem: GemName; seed: number }

/**
 * A variant packs style, gem and a free seed into one integer:
 * variant = seed * styles * gems + gem * styles + style.
 */
export function decodeVariant(kind: Kind, variant: number): DecodedVariant {
  const styles: readonly string[] = productStyles[kind]
  const v = Math.max(0, Math.floor(Math.abs(variant)))
  const styleIndex = v % styles.length
  const gemIndex = Math.floor(v / styles.length) % gemNames.length
  const seed = Math.floor(v / (styles.length * gemNames.length))
  return {
    style: styles[styleIndex] ?? styles[0] ?? '',
    styleIndex,
    gem: gemNames[gemIndex] ?? 'diamond',
    seed,
  }
}

/** Inverse of decodeVariant, used by the catalogue so images match product names. */
export function encodeVariant<K extends Kind>(
  kind: K,
  style: ProductStyle<K>,
  gem: GemName,
  seed: number,
): number {
  const styles: readonly string[] = productStyles[kind]
  const styleIndex = styles.indexOf(style)
  if (styleIndex < 0) throw new Error(`Unknown style ${style} for ${kind}`)
  return (seed * gemNames.length + gemNames.indexOf(gem)) * styles.length + styleIndex
}
