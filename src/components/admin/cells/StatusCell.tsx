import type { DefaultServerCellComponentProps } from 'payload'

// How each status word reads at a glance; anything else is neutral.
const tones: Record<string, 'good' | 'waiting' | 'bad'> = {
  approved: 'good',
  published: 'good',
  pending: 'waiting',
  draft: 'waiting',
  rejected: 'bad',
  disabled: 'bad',
}

/** A select column as a badge with its option's label ("Pending approval"), not the stored value. */
export function StatusCell({ cellData, field }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const options = 'options' in field ? field.options : []
  const option = options.find((o) => (typeof o === 'string' ? o : o.value) === cellData)
  const label = option && typeof option === 'object' && typeof option.label === 'string'
  return (
    <span
      className={`shop-badge shop-badge--${tones[cellData] ?? 'neutral'}`}
      data-status={cellData}
    >
      {label ? (option.label as string) : cellData}
    </span>
  )
}
