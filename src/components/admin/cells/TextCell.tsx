import type { DefaultCellComponentProps } from 'payload'

/** A text column that shows "—" when empty, rather than Payload's "<No Partner ID>". */
export function TextCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'string' && cellData ? cellData : '—'}</span>
}
