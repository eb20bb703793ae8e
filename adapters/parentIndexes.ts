import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import {
  getTableConfig as postgresTable,
  index as postgresIndex,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import {
  getTableConfig as sqliteTable,
  index as sqliteIndex,
} from '@payloadcms/db-sqlite/drizzle/sqlite-core'

// Payload's drizzle adapters read each document's hasMany values, relationships, arrays and blocks
// with one subquery per row (`… where parent_id = <row id> order by order`). The `_texts` and
// `_numbers` tables get only an (order, parent_id) index, which cannot serve that lookup: every row
// of a list page then scans the whole table, and 20 of 10,000 products took seconds. So each child
// table whose parent column leads no index gets one on (parent, order), which also returns the rows
// in order. Written over the whole schema, so a hasMany field added later is covered too.
const parentColumns = ['parent_id', '_parent_id']
const orderColumns = ['order', '_order']

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type Named = { name: string }
type TableShape = { name: string; columns: Named[]; indexes: { config: { columns: unknown[] } }[] }
type MissingIndex = { name: string; columns: string[] }

/** The parent index a child table lacks, or undefined for other tables and indexed ones. */
const missingParentIndex = ({ name, columns, indexes }: TableShape): MissingIndex | undefined => {
  const parent = columns.find((column) => parentColumns.includes(column.name))
  if (!parent) return undefined
  const leadingColumns = indexes.map((i) => (i.config.columns[0] as Partial<Named>)?.name)
  if (leadingColumns.includes(parent.name)) return undefined
  const order = columns.find((column) => orderColumns.includes(column.name))
  return {
    name: `${name}_parent_order_idx`,
    columns: order ? [parent.name, order.name] : [parent.name],
  }
}

/** The table's columns (drizzle's extra-config view of them) named by `missing`, in its order. */
const columnsOf = <Column extends Named>(built: Record<string, Column>, missing: MissingIndex) =>
  missing.columns.map((name) => Object.values(built).find((column) => column.name === name)!) as [
    Column,
    ...Column[],
  ]

/** Indexes each PostgreSQL child table by its parent (see above). */
export const indexPostgresParents: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const table of Object.values(schema.tables)) {
    const missing = missingParentIndex(postgresTable(table))
    if (!missing) continue
    extendTable({
      table,
      extraConfig: (built) => ({
        parentOrder: postgresIndex(missing.name).on(...columnsOf(built, missing)),
      }),
    })
  }
  return schema
}

/** Indexes each SQLite child table by its parent (see above). */
export const indexSQLiteParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const table of Object.values(schema.tables)) {
    const missing = missingParentIndex(sqliteTable(table))
    if (!missing) continue
    extendTable({
      table,
      extraConfig: (built) => ({
        parentOrder: sqliteIndex(missing.name).on(...columnsOf(built, missing)),
      }),
    })
  }
  return schema
}
