import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "hallmarks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"huid" varchar NOT NULL,
  	"order_id" integer NOT NULL,
  	"order_code" varchar NOT NULL,
  	"item" varchar NOT NULL,
  	"product_name" varchar,
  	"metal" varchar,
  	"purity" varchar,
  	"piece" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "invoices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"financial_year" varchar NOT NULL,
  	"sequence" numeric NOT NULL,
  	"order_id" integer NOT NULL,
  	"order_code" varchar NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"seller_name" varchar,
  	"seller_gstin" varchar,
  	"seller_address" varchar,
  	"buyer_name" varchar,
  	"buyer_gstin" varchar,
  	"buyer_address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hallmarks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "invoices_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_legal_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_gstin" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_address" varchar;
  ALTER TABLE "hallmarks" ADD CONSTRAINT "hallmarks_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "hallmarks_huid_idx" ON "hallmarks" USING btree ("huid");
  CREATE INDEX "hallmarks_order_idx" ON "hallmarks" USING btree ("order_id");
  CREATE INDEX "hallmarks_updated_at_idx" ON "hallmarks" USING btree ("updated_at");
  CREATE INDEX "hallmarks_created_at_idx" ON "hallmarks" USING btree ("created_at");
  CREATE UNIQUE INDEX "invoices_number_idx" ON "invoices" USING btree ("number");
  CREATE UNIQUE INDEX "invoices_order_idx" ON "invoices" USING btree ("order_id");
  CREATE INDEX "invoices_updated_at_idx" ON "invoices" USING btree ("updated_at");
  CREATE INDEX "invoices_created_at_idx" ON "invoices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hallmarks_fk" FOREIGN KEY ("hallmarks_id") REFERENCES "public"."hallmarks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_hallmarks_id_idx" ON "payload_locked_documents_rels" USING btree ("hallmarks_id");
  CREATE INDEX "payload_locked_documents_rels_invoices_id_idx" ON "payload_locked_documents_rels" USING btree ("invoices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "hallmarks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "invoices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "hallmarks" CASCADE;
  DROP TABLE "invoices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hallmarks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_invoices_fk";
  
  DROP INDEX "payload_locked_documents_rels_hallmarks_id_idx";
  DROP INDEX "payload_locked_documents_rels_invoices_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hallmarks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "invoices_id";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_legal_name";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_gstin";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_address";`)
}
