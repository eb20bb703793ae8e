import { formatGrams, metalLabels } from '@/src/components/format'
import type { ProductDetailView } from '@/src/queries/views'

/** The piece's metal, weights, attributes and SKU, as a definition list. */
export function Specifications({ product }: { product: ProductDetailView }) {
  const specs: [string, string][] = [
    ['Metal', metalLabels[product.metal] ?? product.metal],
    ['Purity', product.purity],
    ['Gross weight', formatGrams(product.grossWeight)],
    ['Net weight', formatGrams(product.netWeight)],
    ['Stone weight', formatGrams(product.stoneWeight)],
    ...product.attributes.map(({ key, value }): [string, string] => [key, value]),
    ['SKU', product.sku],
  ]
  return (
    <section aria-labelledby="specifications" className="mt-10">
      <h2 id="specifications" className="eyebrow">
        Specifications
      </h2>
      <dl
        className="mt-4 divide-y divide-ivory-300 border-y border-ivory-300 text-sm"
        data-testid="specifications"
      >
        {specs.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-6 py-2.5">
            <dt className="text-ink-soft">{label}</dt>
            <dd className="text-right">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
