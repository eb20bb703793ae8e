import type { DefaultServerCellComponentProps } from 'payload'

/** The words a checkbox column shows, set on the field: `admin.custom.labels: ['Active', 'Disabled']`. */
export type BooleanLabels = readonly [whenTrue: string, whenFalse: string]

const labelsOf = (field: DefaultServerCellComponentProps['field']): BooleanLabels => {
  const custom = field.admin?.custom as { labels?: BooleanLabels } | undefined
  return custom?.labels ?? ['Yes', 'No']
}

/** A checkbox column in words ("Active" / "Disabled"), never `true` / `false`. */
export function BooleanLabelCell({ cellData, field }: DefaultServerCellComponentProps) {
  const [yes, no] = labelsOf(field)
  const on = cellData === true
  const label = on ? yes : no
  // An empty label shows nothing: a column of "No" badges hides the few that say something.
  if (!label) return null
  return <span className={`shop-badge shop-badge--${on ? 'on' : 'off'}`}>{label}</span>
}
