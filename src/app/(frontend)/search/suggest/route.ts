import { NextResponse } from 'next/server'

import { suggestProducts } from '@/src/queries/products'

/** Route: GET /search/suggest?q=. A few public matches for the search box (no prices, ever). */
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 80)
  const suggestions = q.length >= 2 ? await suggestProducts(q.toLowerCase()) : []
  return NextResponse.json({ suggestions })
}
