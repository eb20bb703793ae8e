import type { DefaultServerCellComponentProps } from 'payload'

import { formatDateTime } from '../../format'
import { shopLook } from '../adminContext'

/**
 * A date column in the business's time zone (site settings), whatever the browser's zone:
 * "27 Nov 2026, 1:03 pm". Payload's own cell shows the browser's local time.
 */
export async function DateCell({ cellData, payload }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const { timeZone } = await shopLook(payload)
  return (
    <time dateTime={cellData} className="shop-cell shop-cell--nowrap">
      {formatDateTime(cellData, timeZone)}
    </time>
  )
}
