'use client'

import { quickOrderProductFields } from '@/lib/quickOrder'
import { toQuickProduct, type QuickProduct } from '@/src/queries/quickOrderViews'

import { sendJson } from '../useSubmit'

type Docs = { docs: Parameters<typeof toQuickProduct>[0][] }

/**
 * Up to eight pieces whose SKU or name holds `term`, from the products API with the quick order's
 * `select`: collection access keeps drafts out, field access decides whether a price comes back.
 */
export const searchProducts = async (
  term: string,
  signal: AbortSignal,
): Promise<QuickProduct[]> => {
  const params = new URLSearchParams({ depth: '1', limit: '8', sort: 'sku' })
  for (const field of quickOrderProductFields) params.set(`select[${field}]`, 'true')
  params.set('where[or][0][sku][like]', term)
  params.set('where[or][1][name][like]', term)
  const res = await fetch(`/api/products?${params}`, {
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  })
  if (!res.ok) return []
  return ((await res.json()) as Docs).docs.map(toQuickProduct)
}

/**
 * The pieces some SKUs name, and which exist but are not published, in one request
 * (`POST /api/products/by-sku`). Null when the server refused or could not be reached.
 */
export const lookUpSkus = async (
  skus: string[],
): Promise<{ products: QuickProduct[]; unpublished: string[] } | null> => {
  const { ok, body } = await sendJson('/api/products/by-sku', { skus })
  if (!ok) return null
  const { docs, unpublished } = body as Docs & { unpublished: string[] }
  return { products: docs.map(toQuickProduct), unpublished }
}
