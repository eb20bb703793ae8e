import { createClient } from '@libsql/client'
import pg from 'pg'

/*
 * What a partial write would leave behind, read straight from the database the server writes
 * (SQLite file or PostgreSQL), so no API's access rules or hooks can hide it.
 */

// Each query is one statement, so it reads one consistent snapshot while other requests commit.
const checks: { what: string; sql: string }[] = [
  {
    // Every order number handed out belongs to a stored order: a placement that failed after
    // taking its number rolled the number back with it (gaps are for crashes, not refusals).
    what: 'order-ID counters ahead of or behind the orders stored',
    sql: `SELECT (SELECT COUNT(*) FROM orders) AS orders,
                 (SELECT COALESCE(SUM(value), 0) FROM counters WHERE name LIKE 'order:%') AS issued`,
  },
  {
    what: 'orders without items',
    sql: `SELECT o.order_id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM orders_items i WHERE i._parent_id = o.id)`,
  },
  {
    what: 'orders without history',
    sql: `SELECT o.order_id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM orders_history h WHERE h._parent_id = o.id)`,
  },
  {
    what: 'orders without their placer',
    sql: `SELECT o.order_id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM orders_rels r WHERE r.parent_id = o.id AND r.path = 'placedBy')`,
  },
  {
    // The last entry of an order's history says where it went; the status must agree.
    what: 'orders whose status is not where their history ends',
    sql: `SELECT o.order_id, o.status, h."to" FROM orders o
          JOIN orders_history h ON h._parent_id = o.id
          WHERE h._order = (SELECT MAX(_order) FROM orders_history x WHERE x._parent_id = o.id)
            AND CAST(h."to" AS TEXT) <> CAST(o.status AS TEXT)`,
  },
  {
    what: 'order IDs given twice',
    sql: `SELECT order_id FROM orders GROUP BY order_id HAVING COUNT(*) > 1`,
  },
]

const query = async (databaseUrl: string, sql: string): Promise<Record<string, unknown>[]> => {
  if (databaseUrl.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      return (await client.query(sql)).rows
    } finally {
      await client.end()
    }
  }
  const client = createClient({ url: databaseUrl })
  try {
    return (await client.execute(sql)).rows as unknown as Record<string, unknown>[]
  } finally {
    client.close()
  }
}

/** What the database holds: how many orders, and every sign of a half-written one (none, we hope). */
export const orderIntegrity = async (
  databaseUrl: string,
): Promise<{ orders: number; issued: number; problems: string[] }> => {
  const problems: string[] = []
  const [counts] = await query(databaseUrl, checks[0].sql)
  const orders = Number(counts.orders)
  const issued = Number(counts.issued)
  if (orders !== issued)
    problems.push(`${checks[0].what}: ${orders} orders, ${issued} numbers issued`)
  for (const { what, sql } of checks.slice(1)) {
    const rows = await query(databaseUrl, sql)
    if (rows.length) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 10))}`)
  }
  return { orders, issued, problems }
}
