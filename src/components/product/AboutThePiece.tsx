import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'

import type { ProductDetailView } from '@/src/queries/views'

/** The piece's written description and its tags, each tag a search of the collection. */
export function AboutThePiece({ product }: { product: ProductDetailView }) {
  return (
    <>
      {product.description ? (
        <section aria-labelledby="description" className="mt-10">
          <h2 id="description" className="eyebrow">
            About this piece
          </h2>
          <RichText
            data={product.description as unknown as SerializedEditorState}
            className="mt-4 space-y-4 font-serif text-lg leading-relaxed text-ink-soft"
          />
        </section>
      ) : null}
      {product.tags.length ? (
        <ul className="mt-8 flex flex-wrap gap-2" aria-label="Tags">
          {product.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={`/products?q=${encodeURIComponent(tag)}`}
                className="inline-block border border-ivory-300 bg-white px-3 py-1 text-xs tracking-wider hover:border-gold-700"
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
