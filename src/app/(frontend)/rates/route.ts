import { NextResponse } from 'next/server'

import { getRates } from '@/src/queries/catalogue'

/** Route: GET /rates. Today's rates for the header's five-minute refresh. */
export async function GET() {
  return NextResponse.json(await getRates(), { headers: { 'Cache-Control': 'no-store' } })
}
