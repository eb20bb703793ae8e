import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_orders_history_action" ADD VALUE 'edit';
  CREATE TABLE "customers_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"name" varchar,
  	"phone" varchar NOT NULL,
  	"address" varchar,
  	"pincode" varchar
  );
  
  CREATE TABLE "vendors_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"name" varchar,
  	"phone" varchar NOT NULL,
  	"address" varchar,
  	"pincode" varchar
  );
  
  ALTER TABLE "orders" ADD COLUMN "customer_snapshot_recipient_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "subtotal_amount" numeric;
  ALTER TABLE "orders" ADD COLUMN "gst_rate" numeric;
  ALTER TABLE "orders" ADD COLUMN "gst_amount" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rate" numeric DEFAULT 3;
  ALTER TABLE "customers_addresses" ADD CONSTRAINT "customers_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vendors_addresses" ADD CONSTRAINT "vendors_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "customers_addresses_order_idx" ON "customers_addresses" USING btree ("_order");
  CREATE INDEX "customers_addresses_parent_id_idx" ON "customers_addresses" USING btree ("_parent_id");
  CREATE INDEX "vendors_addresses_order_idx" ON "vendors_addresses" USING btree ("_order");
  CREATE INDEX "vendors_addresses_parent_id_idx" ON "vendors_addresses" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "customers_addresses" CASCADE;
  DROP TABLE "vendors_addresses" CASCADE;
  ALTER TABLE "orders_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_orders_history_action";
  CREATE TYPE "public"."enum_orders_history_action" AS ENUM('place', 'accept', 'reject', 'assign', 'complete', 'dispatch', 'deliver', 'cancel');
  ALTER TABLE "orders_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_orders_history_action" USING "action"::"public"."enum_orders_history_action";
  ALTER TABLE "orders" DROP COLUMN "customer_snapshot_recipient_name";
  ALTER TABLE "orders" DROP COLUMN "subtotal_amount";
  ALTER TABLE "orders" DROP COLUMN "gst_rate";
  ALTER TABLE "orders" DROP COLUMN "gst_amount";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rate";`)
}
