import type { DefaultServerCellComponentProps, Where } from 'payload'

import { adminListHref } from '@/lib/adminLinks'
import { calendarDay } from '@/lib/orderId'
import { readyByValue } from '@/lib/readyDate'
import { openWorkStatuses } from '@/operations/staffDashboard'

import { adminViewer, shopLook } from '../adminContext'

/**
 * A karigar's open work (pieces at the bench) and how many are past their ready date, each a link
 * to those orders. Counted as the signed-in person, like the orders list itself.
 */
export async function OpenWorkCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const goldsmith = rowData.id as string | number
  const [user, { timeZone }] = await Promise.all([adminViewer(payload), shopLook(payload)])
  const today = calendarDay(new Date(), timeZone)
  const open: Where = {
    and: [{ assignedGoldsmith: { equals: goldsmith } }, { status: { in: [...openWorkStatuses] } }],
  }
  const late: Where = { and: [open, { readyBy: { less_than: readyByValue(today) } }] }
  const count = async (where: Where) =>
    (await payload.count({ collection: 'orders', where, user, overrideAccess: false })).totalDocs
  const [openCount, overdue] = await Promise.all([count(open), count(late)])
  const openHref = adminListHref('orders', [
    ['assignedGoldsmith', 'equals', goldsmith],
    ['status', 'in', openWorkStatuses.join(',')],
  ])
  return (
    <span className="shop-cell shop-cell--nowrap" data-testid="open-work">
      <a href={openHref}>{openCount === 0 ? 'No open work' : `${openCount} open`}</a>
      {overdue ? (
        <a
          className="shop-badge shop-badge--bad"
          href={adminListHref('orders', [
            ['assignedGoldsmith', 'equals', goldsmith],
            ['status', 'in', openWorkStatuses.join(',')],
            ['readyBy', 'less_than', readyByValue(today)],
          ])}
        >
          {overdue} overdue
        </a>
      ) : null}
    </span>
  )
}
