import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recomputeMediaFlags } from '@/operations/mediaVisibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "publicly_used" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "in_orders" boolean DEFAULT false;
  CREATE INDEX "media_publicly_used_idx" ON "media" USING btree ("publicly_used");
  CREATE INDEX "media_in_orders_idx" ON "media" USING btree ("in_orders");`)
  // Existing shops: decide both flags from the data as it stands.
  await recomputeMediaFlags(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_publicly_used_idx";
  DROP INDEX "media_in_orders_idx";
  ALTER TABLE "media" DROP COLUMN "publicly_used";
  ALTER TABLE "media" DROP COLUMN "in_orders";`)
}
