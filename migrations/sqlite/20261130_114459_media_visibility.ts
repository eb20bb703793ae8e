import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recomputeMediaFlags } from '@/operations/mediaVisibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`publicly_used\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`in_orders\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_publicly_used_idx\` ON \`media\` (\`publicly_used\`);`)
  await db.run(sql`CREATE INDEX \`media_in_orders_idx\` ON \`media\` (\`in_orders\`);`)
  // Existing shops: decide both flags from the data as it stands.
  await recomputeMediaFlags(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_publicly_used_idx\`;`)
  await db.run(sql`DROP INDEX \`media_in_orders_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`publicly_used\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`in_orders\`;`)
}
