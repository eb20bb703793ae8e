import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`orders\` ADD \`held_at\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`resumed_at\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`rework_requested_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`held_at\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`resumed_at\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`rework_requested_at\`;`)
}
