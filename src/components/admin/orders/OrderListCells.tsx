import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { defaultTimeZone } from '@/lib/orderId'

import { formatDateTime, formatInr } from '../../format'

const muted = { color: 'var(--theme-elevation-500)' } as const

// Once per list render, however many rows.
const businessTimeZone = cache(async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  return settings.timeZone || defaultTimeZone
})

/** The order list's buyer column: the name on the order, and the phone to call. */
export function BuyerCell({ rowData }: DefaultServerCellComponentProps) {
  const buyer = (rowData.customerSnapshot ?? {}) as { name?: string; phone?: string }
  return (
    <span style={{ display: 'grid', lineHeight: 1.3 }}>
      <span data-testid="buyer-name">{buyer.name || '—'}</span>
      {buyer.phone ? <span style={{ ...muted, fontSize: 12 }}>{buyer.phone}</span> : null}
    </span>
  )
}

/** An amount in rupees with Indian digit grouping (₹3,93,524). */
export function AmountCell({ cellData }: DefaultServerCellComponentProps) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {typeof cellData === 'number' ? formatInr(cellData) : '—'}
    </span>
  )
}

/** When the order was placed, in the business's time zone (site settings), not the browser's. */
export async function PlacedAtCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const at = rowData.createdAt
  if (typeof at !== 'string') return <span>—</span>
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(at, await businessTimeZone(payload))}
    </span>
  )
}
