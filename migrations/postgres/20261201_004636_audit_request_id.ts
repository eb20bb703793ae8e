import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_logs" ADD COLUMN "request_id" varchar;
  CREATE INDEX "audit_logs_request_id_idx" ON "audit_logs" USING btree ("request_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_logs_request_id_idx";
  ALTER TABLE "audit_logs" DROP COLUMN "request_id";`)
}
