import { NextResponse } from 'next/server'

import { parseCatalogueQuery } from '@/lib/catalogueQuery'
import { listProducts } from '@/src/queries/products'

/**
 * Route: GET /search/count?metal=gold&category=rings&… How many pieces a catalogue view holds, for
 * the phone's filter sheet ("Show N pieces") before the view is applied. The same public, cached
 * query the catalogue page runs, so the number is the one the page will show; anything malformed
 * is dropped as the page drops it.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const query = parseCatalogueQuery(Object.fromEntries(params))
  const { totalDocs } = await listProducts({ ...query, page: 1 })
  return NextResponse.json({ totalDocs })
}
