import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_categories_wastage_norms_purity" AS ENUM('24K', '22K', '18K', '14K', '999', '925', '950');
  CREATE TYPE "public"."enum_products_pricing" AS ENUM('fixed', 'rate_linked');
  CREATE TYPE "public"."enum_products_making_basis" AS ENUM('per_gram', 'percent_of_metal', 'per_piece');
  CREATE TYPE "public"."enum_orders_items_rate_contract_pricing" AS ENUM('fixed', 'rate_linked');
  CREATE TYPE "public"."enum_orders_items_rate_contract_making_basis" AS ENUM('per_gram', 'percent_of_metal', 'per_piece');
  CREATE TYPE "public"."enum_orders_rate_terms" AS ENUM('locked', 'on_delivery');
  CREATE TYPE "public"."enum_metal_ledger_kind" AS ENUM('issue', 'receipt', 'scrap', 'wastage', 'variance');
  CREATE TYPE "public"."enum_metal_ledger_metal" AS ENUM('gold', 'silver', 'platinum');
  CREATE TYPE "public"."enum_metal_ledger_purity" AS ENUM('24K', '22K', '18K', '14K', '999', '925', '950');
  CREATE TABLE "categories_wastage_norms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"purity" "enum_categories_wastage_norms_purity" NOT NULL,
  	"percent" numeric NOT NULL
  );
  
  CREATE TABLE "metal_ledger" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"goldsmith_id" integer NOT NULL,
  	"order_id" integer,
  	"kind" "enum_metal_ledger_kind" NOT NULL,
  	"metal" "enum_metal_ledger_metal" NOT NULL,
  	"purity" "enum_metal_ledger_purity" NOT NULL,
  	"weight" numeric,
  	"fine_weight" numeric,
  	"check_expected" numeric,
  	"check_issued" numeric,
  	"check_returned" numeric,
  	"check_loss" numeric,
  	"check_allowed" numeric,
  	"check_variance" numeric,
  	"check_over_norm" boolean,
  	"unique_key" varchar,
  	"recorded_by_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "products" ADD COLUMN "pricing" "enum_products_pricing" DEFAULT 'fixed';
  ALTER TABLE "products" ADD COLUMN "making_basis" "enum_products_making_basis";
  ALTER TABLE "products" ADD COLUMN "making_rate" numeric;
  ALTER TABLE "products" ADD COLUMN "stone_charges" numeric;
  ALTER TABLE "products" ADD COLUMN "quoted_rate" numeric;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_pricing" "enum_orders_items_rate_contract_pricing";
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_metal" varchar;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_purity" varchar;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_rate" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_net_weight" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_wastage_percent" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making_basis" "enum_orders_items_rate_contract_making_basis";
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making_rate" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_stone_charges" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_metal_value" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_stones" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_price" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_metal" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_making" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_stones" numeric;
  ALTER TABLE "orders" ADD COLUMN "rate_terms" "enum_orders_rate_terms" DEFAULT 'locked';
  ALTER TABLE "orders" ADD COLUMN "repricing_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "repricing_reason" varchar;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_subtotal" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_gst" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_total" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_difference" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_lines" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "metal_ledger_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hallmarks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "invoices_id" integer;
  ALTER TABLE "rates" ADD COLUMN "gold22k" numeric;
  ALTER TABLE "rates" ADD COLUMN "gold18k" numeric;
  ALTER TABLE "rates" ADD COLUMN "gold14k" numeric;
  ALTER TABLE "rates" ADD COLUMN "silver925" numeric;
  ALTER TABLE "rates" ADD COLUMN "platinum950" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold22k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold18k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold14k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_silver925" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_platinum950" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_metal" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_making" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_stones" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_legal_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_gstin" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "invoice_details_address" varchar;
  ALTER TABLE "categories_wastage_norms" ADD CONSTRAINT "categories_wastage_norms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_goldsmith_id_goldsmiths_id_fk" FOREIGN KEY ("goldsmith_id") REFERENCES "public"."goldsmiths"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hallmarks" ADD CONSTRAINT "hallmarks_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "categories_wastage_norms_order_idx" ON "categories_wastage_norms" USING btree ("_order");
  CREATE INDEX "categories_wastage_norms_parent_id_idx" ON "categories_wastage_norms" USING btree ("_parent_id");
  CREATE INDEX "metal_ledger_goldsmith_idx" ON "metal_ledger" USING btree ("goldsmith_id");
  CREATE INDEX "metal_ledger_order_idx" ON "metal_ledger" USING btree ("order_id");
  CREATE UNIQUE INDEX "metal_ledger_unique_key_idx" ON "metal_ledger" USING btree ("unique_key");
  CREATE INDEX "metal_ledger_recorded_by_idx" ON "metal_ledger" USING btree ("recorded_by_id");
  CREATE INDEX "metal_ledger_updated_at_idx" ON "metal_ledger" USING btree ("updated_at");
  CREATE INDEX "metal_ledger_created_at_idx" ON "metal_ledger" USING btree ("created_at");
  CREATE INDEX "goldsmith_createdAt_idx" ON "metal_ledger" USING btree ("goldsmith_id","created_at");
  CREATE INDEX "order_createdAt_idx" ON "metal_ledger" USING btree ("order_id","created_at");
  CREATE UNIQUE INDEX "hallmarks_huid_idx" ON "hallmarks" USING btree ("huid");
  CREATE INDEX "hallmarks_order_idx" ON "hallmarks" USING btree ("order_id");
  CREATE INDEX "hallmarks_updated_at_idx" ON "hallmarks" USING btree ("updated_at");
  CREATE INDEX "hallmarks_created_at_idx" ON "hallmarks" USING btree ("created_at");
  CREATE UNIQUE INDEX "invoices_number_idx" ON "invoices" USING btree ("number");
  CREATE UNIQUE INDEX "invoices_order_idx" ON "invoices" USING btree ("order_id");
  CREATE INDEX "invoices_updated_at_idx" ON "invoices" USING btree ("updated_at");
  CREATE INDEX "invoices_created_at_idx" ON "invoices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_metal_ledger_fk" FOREIGN KEY ("metal_ledger_id") REFERENCES "public"."metal_ledger"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hallmarks_fk" FOREIGN KEY ("hallmarks_id") REFERENCES "public"."hallmarks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_metal_ledger_id_idx" ON "payload_locked_documents_rels" USING btree ("metal_ledger_id");
  CREATE INDEX "payload_locked_documents_rels_hallmarks_id_idx" ON "payload_locked_documents_rels" USING btree ("hallmarks_id");
  CREATE INDEX "payload_locked_documents_rels_invoices_id_idx" ON "payload_locked_documents_rels" USING btree ("invoices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "categories_wastage_norms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "metal_ledger" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "hallmarks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "invoices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "categories_wastage_norms" CASCADE;
  DROP TABLE "metal_ledger" CASCADE;
  DROP TABLE "hallmarks" CASCADE;
  DROP TABLE "invoices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_metal_ledger_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hallmarks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_invoices_fk";
  
  DROP INDEX "payload_locked_documents_rels_metal_ledger_id_idx";
  DROP INDEX "payload_locked_documents_rels_hallmarks_id_idx";
  DROP INDEX "payload_locked_documents_rels_invoices_id_idx";
  ALTER TABLE "products" DROP COLUMN "pricing";
  ALTER TABLE "products" DROP COLUMN "making_basis";
  ALTER TABLE "products" DROP COLUMN "making_rate";
  ALTER TABLE "products" DROP COLUMN "stone_charges";
  ALTER TABLE "products" DROP COLUMN "quoted_rate";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_pricing";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_metal";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_purity";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_rate";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_net_weight";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_wastage_percent";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making_basis";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making_rate";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_stone_charges";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_metal_value";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_stones";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_price";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_metal";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_making";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_stones";
  ALTER TABLE "orders" DROP COLUMN "rate_terms";
  ALTER TABLE "orders" DROP COLUMN "repricing_at";
  ALTER TABLE "orders" DROP COLUMN "repricing_reason";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_subtotal";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_gst";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_total";
  ALTER TABLE "orders" DROP COLUMN "repricing_difference";
  ALTER TABLE "orders" DROP COLUMN "repricing_lines";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "metal_ledger_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hallmarks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "invoices_id";
  ALTER TABLE "rates" DROP COLUMN "gold22k";
  ALTER TABLE "rates" DROP COLUMN "gold18k";
  ALTER TABLE "rates" DROP COLUMN "gold14k";
  ALTER TABLE "rates" DROP COLUMN "silver925";
  ALTER TABLE "rates" DROP COLUMN "platinum950";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold22k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold18k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold14k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_silver925";
  ALTER TABLE "_rates_v" DROP COLUMN "version_platinum950";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_metal";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_making";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_stones";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_legal_name";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_gstin";
  ALTER TABLE "site_settings" DROP COLUMN "invoice_details_address";
  DROP TYPE "public"."enum_categories_wastage_norms_purity";
  DROP TYPE "public"."enum_products_pricing";
  DROP TYPE "public"."enum_products_making_basis";
  DROP TYPE "public"."enum_orders_items_rate_contract_pricing";
  DROP TYPE "public"."enum_orders_items_rate_contract_making_basis";
  DROP TYPE "public"."enum_orders_rate_terms";
  DROP TYPE "public"."enum_metal_ledger_kind";
  DROP TYPE "public"."enum_metal_ledger_metal";
  DROP TYPE "public"."enum_metal_ledger_purity";`)
}
