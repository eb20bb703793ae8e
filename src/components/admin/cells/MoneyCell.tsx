import type { DefaultCellComponentProps } from 'payload'

import { formatInr } from '../../format'

/** An amount in rupees with Indian grouping: ₹3,93,524. */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  const amount = typeof cellData === 'number' ? cellData : Number(cellData)
  if (cellData === null || cellData === undefined || cellData === '' || !Number.isFinite(amount))
    return <span>—</span>
  return <span className="shop-cell shop-cell--nowrap shop-cell--number">{formatInr(amount)}</span>
}
