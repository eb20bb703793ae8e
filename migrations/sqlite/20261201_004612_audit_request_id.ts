import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_logs\` ADD \`request_id\` text;`)
  await db.run(sql`CREATE INDEX \`audit_logs_request_id_idx\` ON \`audit_logs\` (\`request_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_logs_request_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_logs\` DROP COLUMN \`request_id\`;`)
}
