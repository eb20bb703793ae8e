import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { defaultMakingDays } from '@/lib/readyDate'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orders_amount_confirmation_via" AS ENUM('phone', 'whatsapp', 'email', 'in_person');
  ALTER TABLE "categories" ADD COLUMN "making_days" numeric;
  ALTER TABLE "products" ADD COLUMN "making_days" numeric;
  ALTER TABLE "orders_history" ADD COLUMN "photo_id" integer;
  ALTER TABLE "orders" ADD COLUMN "ready_by" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "amount_confirmation_via" "enum_orders_amount_confirmation_via";
  ALTER TABLE "orders" ADD COLUMN "amount_confirmation_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "amount_confirmation_by_id" integer;
  ALTER TABLE "orders_history" ADD CONSTRAINT "orders_history_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_amount_confirmation_by_id_users_id_fk" FOREIGN KEY ("amount_confirmation_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "orders_history_photo_idx" ON "orders_history" USING btree ("photo_id");
  CREATE INDEX "orders_amount_confirmation_amount_confirmation_by_idx" ON "orders" USING btree ("amount_confirmation_by_id");
  CREATE INDEX "assignedGoldsmith_readyBy_idx" ON "orders" USING btree ("assigned_goldsmith_id","ready_by");`)
  // Orders placed before ready dates: the day of placement (India, the default business time
  // zone) plus the default making time, stored at noon UTC like every ready date (lib/readyDate.ts).
  await db.execute(
    sql`UPDATE "orders" SET "ready_by" = (((("created_at" AT TIME ZONE 'Asia/Kolkata')::date + ${sql.raw(String(defaultMakingDays))}) + time '12:00') AT TIME ZONE 'UTC') WHERE "ready_by" IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_history" DROP CONSTRAINT "orders_history_photo_id_media_id_fk";
  
  ALTER TABLE "orders" DROP CONSTRAINT "orders_amount_confirmation_by_id_users_id_fk";
  
  DROP INDEX "orders_history_photo_idx";
  DROP INDEX "orders_amount_confirmation_amount_confirmation_by_idx";
  DROP INDEX "assignedGoldsmith_readyBy_idx";
  ALTER TABLE "categories" DROP COLUMN "making_days";
  ALTER TABLE "products" DROP COLUMN "making_days";
  ALTER TABLE "orders_history" DROP COLUMN "photo_id";
  ALTER TABLE "orders" DROP COLUMN "ready_by";
  ALTER TABLE "orders" DROP COLUMN "amount_confirmation_via";
  ALTER TABLE "orders" DROP COLUMN "amount_confirmation_at";
  ALTER TABLE "orders" DROP COLUMN "amount_confirmation_by_id";
  DROP TYPE "public"."enum_orders_amount_confirmation_via";`)
}
