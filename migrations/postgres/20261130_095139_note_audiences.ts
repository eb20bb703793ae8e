import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The old default ('buyer'::enum) depends on the type, so it goes first (the generated order
  // dropped it last, and PostgreSQL refused to drop the type).
  await db.execute(sql`
   ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" DROP DEFAULT;
  ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" SET DATA TYPE text;
  DROP TYPE "public"."enum_orders_history_note_visibility";
  CREATE TYPE "public"."enum_orders_history_note_visibility" AS ENUM('internal', 'buyer', 'karigar');
  ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" SET DATA TYPE "public"."enum_orders_history_note_visibility" USING "note_visibility"::"public"."enum_orders_history_note_visibility";`)
  // Notes marked internal reached staff and the karigar until now: they keep those readers.
  await db.execute(
    sql`UPDATE "orders_history" SET "note_visibility" = 'karigar' WHERE "note_visibility" = 'internal';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql`UPDATE "orders_history" SET "note_visibility" = 'internal' WHERE "note_visibility" = 'karigar';`,
  )
  await db.execute(sql`
   ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" SET DATA TYPE text;
  ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" DROP DEFAULT;
  DROP TYPE "public"."enum_orders_history_note_visibility";
  CREATE TYPE "public"."enum_orders_history_note_visibility" AS ENUM('buyer', 'internal');
  ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" SET DEFAULT 'buyer'::"public"."enum_orders_history_note_visibility";
  ALTER TABLE "orders_history" ALTER COLUMN "note_visibility" SET DATA TYPE "public"."enum_orders_history_note_visibility" USING "note_visibility"::"public"."enum_orders_history_note_visibility";`)
}
