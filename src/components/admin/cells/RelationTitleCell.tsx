import type { DefaultServerCellComponentProps } from 'payload'

import { adminDocHref } from '@/lib/adminLinks'

import { lookUp } from '../adminContext'

/**
 * A relationship column read on the server: the related document's title for every row. Payload's
 * own cell fetches titles from the browser only for rows scrolled into view, and shows
 * "<No Category>" for the rest until they are.
 */
export async function RelationTitleCell({
  cellData,
  field,
  payload,
}: DefaultServerCellComponentProps) {
  if (field.type !== 'relationship' || typeof field.relationTo !== 'string') return null
  const id = typeof cellData === 'object' && cellData ? (cellData as { id: string }).id : cellData
  if (typeof id !== 'string' && typeof id !== 'number') return <span>—</span>
  const collection = field.relationTo
  const titleField = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  const doc = await lookUp(payload, collection, { [titleField]: true }, id)
  const title = doc?.[titleField]
  return (
    <a className="shop-cell" href={adminDocHref(collection, id)}>
      {typeof title === 'string' && title ? title : `#${id}`}
    </a>
  )
}
