import { NextResponse, type NextRequest } from 'next/server'

import { catalogueViewKey } from '@/lib/catalogueQuery'

/**
 * Catalogue views live in the URL's query (`/products?metal=gold&sort=name`), which Next.js cannot
 * cache a page by. Each is rewritten to a path naming its canonical view, one page-cache entry per
 * distinct view however the query is spelt: `/catalogue/metal%3Dgold%26sort%3Dname`, or
 * `/categories/rings/all`. The address bar keeps the URL the buyer chose.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const base = pathname.replace(/\/$/, '') || '/'
  const target = request.nextUrl.clone()
  const view = encodeURIComponent(catalogueViewKey(searchParams, base))
  target.pathname = base === '/products' ? `/catalogue/${view}` : `${base}/${view}`
  target.search = ''
  return NextResponse.rewrite(target)
}

export const config = { matcher: ['/products', '/categories/:slug'] }
