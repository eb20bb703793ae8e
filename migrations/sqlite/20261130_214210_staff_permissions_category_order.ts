import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { generateNKeysBetween } from 'payload/shared'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`categories_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`_order\` text;`)
  await db.run(sql`CREATE INDEX \`categories__order_idx\` ON \`categories\` (\`_order\`);`)
  // Categories keep the order staff gave them by number, now as drag-and-drop keys.
  const rows = await db.all<{ id: number }>(sql`SELECT id FROM categories ORDER BY "order", id;`)
  const keys = generateNKeysBetween(null, null, rows.length)
  for (const [i, row] of rows.entries())
    await db.run(sql`UPDATE categories SET _order = ${keys[i]} WHERE id = ${row.id};`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`order\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`categories__order_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`order\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`categories_order_idx\` ON \`categories\` (\`order\`);`)
  await db.run(
    sql`UPDATE categories SET "order" = (SELECT count(*) FROM categories c WHERE c._order < categories._order) + 1;`,
  )
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`_order\`;`)
}
