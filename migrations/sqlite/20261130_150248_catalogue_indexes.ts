import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`categories_texts_parent_order_idx\` ON \`categories_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`products_name_idx\` ON \`products\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`products_gross_weight_idx\` ON \`products\` (\`gross_weight\`);`)
  await db.run(sql`CREATE INDEX \`products_net_weight_idx\` ON \`products\` (\`net_weight\`);`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`products\` (\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_featured_createdAt_idx\` ON \`products\` (\`status\`,\`featured\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`featured_createdAt_idx\` ON \`products\` (\`featured\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`products_texts_parent_order_idx\` ON \`products_texts\` (\`parent_id\`,\`order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`categories_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`products_name_idx\`;`)
  await db.run(sql`DROP INDEX \`products_gross_weight_idx\`;`)
  await db.run(sql`DROP INDEX \`products_net_weight_idx\`;`)
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_featured_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`featured_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`products_texts_parent_order_idx\`;`)
}
