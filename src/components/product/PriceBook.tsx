'use client'

import { createContext, useContext, useEffect, useState } from 'react'

import type { DocumentId } from '@/lib/queryInput'
import { rateTermsOf, type ProductTerms } from '@/lib/ratePricing'
import { seesTradePrices } from '@/lib/viewer'
import type { Pricing } from '@/src/queries/views'

import { formatInr } from '../format'
import { useViewer } from '../viewer/ViewerProvider'
import { PriceNote } from './PriceNote'
import { TradeTerms } from './TradeTerms'

type Prices = Map<string, Pricing>
const noPrices: Prices = new Map()
const PriceContext = createContext<Prices>(noPrices)

type Terms = ProductTerms & {
  id: DocumentId
  price?: number | null
  makingCharges?: number | null
  pricing?: string | null
  quotedRate?: number | null
}

const termFields = [
  'price',
  'wastage',
  'makingCharges',
  'pricing',
  'quotedRate',
  'netWeight',
  'makingBasis',
  'makingRate',
  'stoneCharges',
] as const

/** The products API's answer for this person: the collection's field access leaves out any price they may not see. */
const fetchPrices = async (productIds: DocumentId[]): Promise<Prices> => {
  const params = new URLSearchParams({
    depth: '0',
    limit: String(productIds.length),
    ...Object.fromEntries(termFields.map((field) => [`select[${field}]`, 'true'])),
  })
  productIds.forEach((id, i) => params.set(`where[id][in][${i}]`, String(id)))
  const res = await fetch(`/api/products?${params}`, {
    credentials: 'same-origin',
    cache: 'no-store',
  })
  if (!res.ok) return new Map()
  const { docs } = (await res.json()) as { docs: Terms[] }
  return new Map(
    docs
      .filter((doc) => doc.price != null || doc.wastage != null || doc.makingCharges != null)
      .map((doc) => [
        String(doc.id),
        {
          price: doc.price ?? null,
          wastage: doc.wastage ?? null,
          makingCharges: doc.makingCharges ?? null,
          pricing: doc.pricing ?? null,
          stoneCharges: doc.stoneCharges ?? null,
          // The rate the server priced it at: explained with the same numbers, so it adds up.
          rateTerms: doc.pricing === 'rate_linked' ? rateTermsOf(doc, doc.quotedRate) : null,
        },
      ]),
  )
}

/**
 * Trade prices for the pieces on this page, asked of the products API by the browser when the
 * person looking is staff or an approved vendor. Pages are cached and the same for everyone, so a
 * price is never in their HTML: it reaches only those the collection's field access lets see it.
 */
export function PriceBook({
  productIds,
  children,
}: {
  productIds: DocumentId[]
  children: React.ReactNode
}) {
  const { viewer } = useViewer()
  const wanted = seesTradePrices(viewer) ? productIds.join(',') : ''
  // Prices with the ids they were asked for: a stale answer (someone signed out) never shows.
  const [answer, setAnswer] = useState<{ wanted: string; prices: Prices }>({
    wanted: '',
    prices: new Map(),
  })
  useEffect(() => {
    if (!wanted) return
    let current = true
    fetchPrices(wanted.split(','))
      .then((prices) => current && setAnswer({ wanted, prices }))
      .catch(() => undefined) // Offline: the page still works, without prices.
    return () => {
      current = false
    }
  }, [wanted])
  const prices = wanted && answer.wanted === wanted ? answer.prices : noPrices
  return <PriceContext.Provider value={prices}>{children}</PriceContext.Provider>
}

/** Every price the nearest PriceBook holds, by product id: empty for those who may not see them. */
export const useTradePrices = (): ReadonlyMap<string, Pricing> => useContext(PriceContext)

/** The trade terms of one piece from the nearest PriceBook, when this person may see them. */
export const useTradeTerms = (productId: DocumentId) => useTradePrices().get(String(productId))

/** A card's trade price, when this person may see it. */
export function CardPrice({ productId }: { productId: DocumentId }) {
  const terms = useTradeTerms(productId)
  if (terms?.price == null) return null
  return (
    <p className="mt-1 text-sm font-semibold text-gold-800" data-testid="card-price">
      {formatInr(terms.price)}
    </p>
  )
}

/** The product page's price: the trade terms for those who may see them, else how it is priced. */
export function ProductPrice({
  product,
}: {
  product: { id: DocumentId; metal: string; slug: string }
}) {
  const terms = useTradeTerms(product.id)
  const { viewer, known } = useViewer()
  if (terms) return <TradeTerms pricing={terms} />
  return <PriceNote product={product} signedIn={known ? Boolean(viewer) : null} />
}
