import { bangleSizes } from '@/lib/sizes'

const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i))

/**
 * The sizes a demo product offers, read from its "Size range" text, so the menu offers exactly what
 * the specifications say: "Ring size 8–20" is 8 to 20; "2.2–2.10" the bangle sizes between;
 * "2.4, 2.6, 2.8" or "16, 18 in" the sizes listed. Anything else (a fixed length, "Adjustable",
 * a diameter) is one size.
 */
export const sizesFromSpec = (spec: string): string[] => {
  const ring = /^Ring size (\d+)–(\d+)$/.exec(spec)
  if (ring) return numbers(Number(ring[1]), Number(ring[2]))
  const bangleRange = /^(2\.\d+)–(2\.\d+)$/.exec(spec)
  if (bangleRange) {
    const all: readonly string[] = bangleSizes
    return all.slice(all.indexOf(bangleRange[1]), all.indexOf(bangleRange[2]) + 1)
  }
  const list = /^([\d.]+(?:, [\d.]+)+)( in)?$/.exec(spec)
  if (list) return list[1].split(', ').map((size) => `${size}${list[2] ?? ''}`)
  return []
}
