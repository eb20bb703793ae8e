import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { calendarDay, defaultTimeZone } from '@/lib/orderId'
import type { OrderStatus } from '@/lib/orderStatus'
import { daysOverdue, formatDay, readyByDay } from '@/lib/readyDate'

import { OverdueBadge } from './OverdueBadge'

// Once per list render, however many rows: every cell asks for the same business day.
const businessToday = cache(async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  return calendarDay(new Date(), settings.timeZone || defaultTimeZone)
})

/** The admin order list's "Ready by" column: the promised day, flagged when the order is late. */

export async function ReadyByCell({ cellData, rowData, payload }: DefaultServerCellComponentProps) {
  const day = readyByDay(typeof cellData === 'string' ? cellData : null)
  if (!day) return <span>—</span>
  const late = daysOverdue(
    { status: rowData.status as OrderStatus, readyBy: cellData as string },
    await businessToday(payload),
  )
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
      {formatDay(day)}
      {late ? <OverdueBadge days={late} testId="overdue" /> : null}
    </span>
  )
}
